using Patcher.Agent.Run;
using Patcher.Core.Apply;
using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Pipeline;

namespace Patcher.Agent.Apply;

/// <summary>
/// What <c>apply</c> and <c>rollback</c> work with: the host (as <c>run</c> opens it), the run's recovery loop over it,
/// and what they do first: find the installation, and finish or undo any operation a previous run left unfinished.
/// </summary>
internal sealed class ApplySession(RunTarget target, RecoveryLoop loop, ApplyReport report)
{
    public RunTarget Target => target;

    public RecoveryLoop Loop => loop;

    /// <summary>Apply's options on this host (downgrades, lab packages).</summary>
    public ApplyOptions Options => target.Options.Apply;

    /// <summary>What recovery did in this run.</summary>
    public List<ApplyResult> Recovered { get; } = [];

    /// <summary>Opens the session: <paramref name="target"/>'s recovery loop, its steps shown by <paramref name="progress"/>.</summary>
    public static ApplySession Open(RunTarget target, ApplyReport report, Action<Core.Reporting.ReportedAction>? progress) =>
        new(target, new RecoveryLoop(target.Platform, EngineInspector.Instance, target.Options, progress), report);

    /// <summary>
    /// The run's first step (<see cref="RecoveryLoop.PrepareAsync"/>): finds the installations with <paramref name="baseline"/>'s
    /// fix files and recovers each (unless <paramref name="recover"/> is false), then returns the one to work on.
    /// </summary>
    /// <exception cref="ApplyException">None or several installations; a recovery failed.</exception>
    public async Task<MtaInstallation> PrepareAsync(FixBaseline baseline, bool recover, CancellationToken cancellationToken)
    {
        var platform = target.Platform;
        report.Host(platform.MachineName);
        var preparation = await loop.PrepareAsync(baseline, recover, cancellationToken).ConfigureAwait(false);
        foreach (var recovered in preparation.Recovered)
        {
            report.Recovered(recovered);
            Recovered.Add(recovered);
        }

        var installations = preparation.Installations;
        return installations.Count switch
        {
            0 => throw new ApplyException(ApplyException.NoInstallation, $"No Exchange 5.5 MTA installation was found on {platform.MachineName}: run patcher scan to see what is there."),
            1 => installations[0],
            _ => throw new ApplyException(ApplyException.SeveralInstallations,
                $"{installations.Count} MTA installations were found on {platform.MachineName} ({string.Join(", ", installations.Select(i => i.InstallRoot))}); Patcher applies to one MTA per host."),
        };
    }
}
