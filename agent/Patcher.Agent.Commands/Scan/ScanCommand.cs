using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.Agent.Scan;

/// <summary><c>patcher scan [--json] [--hung-after DURATION]</c>: the MTA installations, their file versions and health.</summary>
internal static class ScanCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ScanOptions();
        var command = new Command(
            "scan",
            "List the MTA installations on this host: service, files and their versions (from the files' own version resources), registry evidence and health. Exit 0, or 2 on error.");
        options.AddTo(command, context.Hosts);
        command.SetAction((parseResult, cancellationToken) => ScanRunner.RunAsync(
            context,
            "scan",
            context.Hosts.SelectedTarget(parseResult),
            parseResult.GetValue(options.HungAfter),
            parseResult.GetValue(options.Json),
            baseline: null,
            cancellationToken));
        return command;
    }
}
