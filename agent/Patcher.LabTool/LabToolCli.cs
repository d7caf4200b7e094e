using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.LabTool.Demo;
using Patcher.LabTool.Hosts;
using Patcher.LabTool.Lab;
using Patcher.LabTool.Downtime;
using Patcher.LabTool.Soak;

namespace Patcher.LabTool;

/// <summary>
/// The <c>patcher-lab</c> command line: the agent's shared commands on lab hosts (<c>--lab DIR/NAME</c>), plus
/// <c>lab ...</c> and <c>demo</c>.
/// </summary>
internal static class LabToolCli
{
    /// <summary>Runs <paramref name="args"/> in-process, as the executable would, and returns the exit code.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider time) =>
        PatcherCli.RunAsync(args, output, error, time, new LabHostOpener(), Commands);

    /// <summary>The commands only the lab tool has.</summary>
    public static IEnumerable<Command> Commands(CliContext context) => [LabCommand.Create(context), DemoCommand.Create(context), SoakCommand.Create(context), DowntimeCommand.Create(context)];
}
