using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Core.Assessment;

namespace Patcher.Agent.Scan;

/// <summary>
/// <c>patcher check [--json] [--hung-after DURATION] [--baseline FILE]</c>: each installation's verdict
/// against the Q248732 baseline and its health, with an exit code scripts can trust (worst wins; Scan/README.md).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ScanOptions();
        var baselineFile = new Option<FileInfo?>("--baseline")
        {
            Description = "Judge against this fix baseline (JSON, see src/Patcher.Core/Assessment/README.md) instead of the built-in Q248732.",
            HelpName = "FILE",
        };
        var command = new Command(
            "check",
            "Judge each MTA installation against the Q248732 fix baseline and its health. Exit 0 fixed and healthy (or none), 11 vulnerable, 15 half-patched, 16 unhealthy, 19 fix on disk but not running, 13 indeterminate, 2 error.");
        options.AddTo(command, context.Hosts);
        command.Options.Add(baselineFile);
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (!TryLoadBaseline(parseResult.GetValue(baselineFile), out var baseline, out var problem))
            {
                context.Error.WriteLine($"{context.Hosts.ToolName} check: {problem}");
                return Task.FromResult(CheckExitCodes.Error);
            }

            return ScanRunner.RunAsync(
                context,
                "check",
                context.Hosts.SelectedTarget(parseResult),
                parseResult.GetValue(options.HungAfter),
                parseResult.GetValue(options.Json),
                baseline,
                cancellationToken);
        });
        return command;
    }

    private static bool TryLoadBaseline(FileInfo? file, out FixBaseline baseline, out string problem)
    {
        baseline = FixBaseline.Q248732;
        problem = "";
        if (file is null)
        {
            return true;
        }

        try
        {
            baseline = FixBaselineJson.Parse(System.Text.Encoding.UTF8.GetString(Core.Files.BoundedFile.Read(file.FullName, FixBaselineJson.MaxBytes)));
            return true;
        }
        catch (FixBaselineException exception)
        {
            problem = $"{file}: {exception.Message}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = exception is Core.Files.FileRefusedException refused ? refused.Message : $"{file} cannot be read: {exception.Message}";
        }

        return false;
    }
}
