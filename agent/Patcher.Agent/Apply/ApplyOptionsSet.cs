using System.CommandLine;

namespace Patcher.Agent.Apply;

/// <summary>The options <c>apply</c> and <c>rollback</c> share.</summary>
internal sealed class ApplyOptionsSet
{
    public Option<string?> Lab { get; } = new("--lab") { Description = "Work on lab host DIR/NAME instead of this machine (required off Windows).", HelpName = "DIR/NAME" };

    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON object (camelCase; fields in Apply/README.md) instead of lines." };

    public void AddTo(Command command)
    {
        command.Options.Add(Lab);
        command.Options.Add(Json);
    }
}
