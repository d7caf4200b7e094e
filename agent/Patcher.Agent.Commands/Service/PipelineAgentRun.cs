using Microsoft.Extensions.Logging;
using Patcher.Agent.Cli;
using Patcher.Agent.Hosts;
using Patcher.Agent.Run;
using Patcher.Core.Configuration;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Service;

/// <summary>
/// What the service does on its schedule: the same pipeline as <c>patcher run</c>, in the mode policy sets. In
/// scan-and-apply mode the package is the newest <c>*.nupkg</c> in the configured package source; trust comes from
/// the configured signers only. Reports go to <c>%ProgramData%\Patcher\Reports</c> and to the report share.
/// </summary>
internal sealed class PipelineAgentRun(IHostOpener hosts, string? hostTarget, TimeProvider time, ILogger<PipelineAgentRun> logger) : IAgentRun
{
    /// <summary>Runs the pipeline once; returns the run's exit code (as <c>patcher run</c>'s).</summary>
    public async Task<int> RunOnceAsync(AgentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var apply = settings.Mode == AgentMode.ScanAndApply;
        if (!RunTarget.TryOpen(hosts, hostTarget, apply ? RunMode.Apply : RunMode.ScanOnly, time, out var target, out var problem))
        {
            logger.LogError("The run could not start: {Problem}", problem);
            return ExitCodes.Error;
        }

        string? package = null;
        if (apply)
        {
            package = NewestPackage(settings.PackageSource);
            if (package is null)
            {
                logger.LogError("Mode is scan-and-apply but the package source {Source} holds no *.nupkg: this run only scans.", settings.PackageSource);
            }
        }

        var reports = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "Patcher", "Reports");
        var (report, written) = await HostRunner.RunAsync(
            target!,
            package,
            settings.TrustedSigners,
            reports,
            action => logger.LogInformation("{Action}: {Result} {Detail}", action.Name, action.Result, action.Detail),
            cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Run finished: {Outcome}: {Reason}; report {Path}", report.Outcome, report.OutcomeReason, written.LocalPath);
        return ExitCodes.For(report.Outcome);
    }

    private static string? NewestPackage(string? source)
    {
        if (string.IsNullOrWhiteSpace(source) || !Directory.Exists(source))
        {
            return null;
        }

        return new DirectoryInfo(source).EnumerateFiles("*.nupkg").OrderByDescending(file => file.LastWriteTimeUtc).FirstOrDefault()?.FullName;
    }
}
