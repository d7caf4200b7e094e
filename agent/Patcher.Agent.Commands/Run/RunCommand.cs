using System.CommandLine;
using System.Text;
using Patcher.Agent.Cli;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Run;

/// <summary>
/// <c>patcher run --package FILE [--trusted-signer FP]... [--report-dir DIR] [--json] [--scan-only]</c>:
/// the whole pipeline on one host, the host report written, exit code by outcome (Run/README.md).
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var package = new Option<FileInfo?>("--package") { Description = "The signed hotfix package (.nupkg); required unless --scan-only.", HelpName = "FILE" };
        var trusted = new Option<string[]>("--trusted-signer") { Description = "SHA-256 fingerprint of a signer to trust (repeat for several).", HelpName = "FINGERPRINT" };
        var reportDir = new Option<string?>("--report-dir") { Description = $"Where to write the host report (default ./{HostRunner.DefaultReportFolder}); the share from policy gets a copy.", HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = "Print the host report (JSON, Reporting/README.md) instead of the progress lines." };
        var scanOnly = new Option<bool>("--scan-only") { Description = "Discover, assess and report; change nothing." };
        var command = new Command(
            "run",
            "Run the agent on a host: recover an unfinished journal, discover, assess, apply where needed, restart, verify recovery (rollback if not), report. Exit 0 fine, 10 patched-not-verified, 11 vulnerable, 12 rolled-back, 13 error, 14 failed, 2 usage.")
        {
            package, trusted, reportDir, json, scanOnly,
        };
        context.Hosts.AddTargetOptions(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            parseResult.GetValue(package)?.FullName,
            parseResult.GetValue(trusted) ?? [],
            context.Hosts.SelectedTarget(parseResult),
            parseResult.GetValue(reportDir) ?? HostRunner.DefaultReportFolder,
            parseResult.GetValue(json),
            parseResult.GetValue(scanOnly),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string? packagePath, string[] trusted, string? hostTarget, string reportDir, bool json, bool scanOnly, CancellationToken cancellationToken)
    {
        if (packagePath is null && !scanOnly)
        {
            context.Error.WriteLine("patcher run: --package FILE is required (or --scan-only to change nothing).");
            return ExitCodes.Error;
        }

        if (!RunTarget.TryOpen(context.Hosts, hostTarget, scanOnly ? RunMode.ScanOnly : RunMode.Apply, context.Time, out var target, out var problem))
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} run: {problem}");
            return ExitCodes.Error;
        }

        var progress = json ? null : new RunProgressWriter(context.Out);
        if (!json)
        {
            context.Out.WriteLine($"patcher run on {target!.Platform.MachineName} ({target.Windows})");
        }

        var (report, written) = await HostRunner.RunAsync(target!, scanOnly ? null : packagePath, [.. trusted, .. target!.TrustedSigners], reportDir, progress is null ? null : progress.Write, cancellationToken)
            .ConfigureAwait(false);
        if (json)
        {
            context.Out.WriteLine(Encoding.UTF8.GetString(HostReportJson.Serialize(report)));
        }
        else
        {
            context.Out.WriteLine($"outcome: {report.Outcome.ToName()}: {report.OutcomeReason}");
            context.Out.WriteLine($"report: {written.LocalPath ?? "NOT written: " + written.LocalError}{(written.SharePath is null ? string.Empty : " and " + written.SharePath)}");
        }

        if (written.LocalError is not null)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} run: the host report could not be written to {reportDir}: {written.LocalError}");
        }

        if (written.ShareError is not null)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} run: the report share could not be written: {written.ShareError}");
        }

        // A run whose report did not reach where it must go is not done: the fleet would never hear of this host.
        return written.LocalError is not null || written.ShareError is not null ? ExitCodes.Error : ExitCodes.For(report.Outcome);
    }
}
