using System.CommandLine;

namespace Patcher.Agent.Apply;

/// <summary>The options <c>apply</c> and <c>rollback</c> share.</summary>
internal sealed class ApplyOptionsSet
{
    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON object (camelCase; fields in Apply/README.md) instead of lines." };

    public void AddTo(Command command, Hosts.IHostOpener hosts)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(hosts);
        hosts.AddTargetOptions(command);
        command.Options.Add(Json);
    }
}
