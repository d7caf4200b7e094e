using System.CommandLine;

namespace Patcher.LabTool.Lab;

/// <summary>The <c>DIR [NAME]</c> arguments that <c>lab start</c>, <c>stop</c> and <c>status</c> share.</summary>
internal sealed class LabHostArguments
{
    public Argument<string> Dir { get; } = new("DIR") { Description = "The lab folder." };

    public Argument<string?> Name { get; } = new("NAME") { Description = "One host; default: every host of the lab.", Arity = ArgumentArity.ZeroOrOne };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Dir);
        command.Arguments.Add(Name);
    }
}
