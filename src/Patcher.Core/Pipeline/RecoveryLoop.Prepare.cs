using Patcher.Core.Apply;
using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Reporting;

namespace Patcher.Core.Pipeline;

/// <summary>The first step of <c>run</c>, <c>apply</c> and <c>rollback</c>: the installations, with nothing left unfinished.</summary>
public sealed partial class RecoveryLoop
{
    /// <summary>
    /// Finds the MTA installations (with <paramref name="baseline"/>'s fix files) and, when <paramref name="recover"/>, finishes
    /// or undoes whatever a previous run left unfinished on each, then looks again when anything was; each step recorded.
    /// </summary>
    /// <exception cref="ApplyException">A recovery failed (<see cref="ApplyException.RecoveryFailed"/>, <see cref="ApplyException.ServicesLeftStopped"/>), a journal is unreadable, or another run is busy.</exception>
    public async Task<Preparation> PrepareAsync(FixBaseline baseline, bool recover, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var installations = await DiscoverAsync(baseline, cancellationToken).ConfigureAwait(false);
        var recovered = new List<ApplyResult>();
        if (recover)
        {
            var recovery = new JournalRecovery(_host, Restarter, _options.Apply);
            foreach (var root in installations.Select(i => i.InstallRoot).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var started = _host.Time.GetUtcNow();
                if (await recovery.RecoverAsync(root, cancellationToken).ConfigureAwait(false) is { } result)
                {
                    Recorder.Add(RunActions.RecoverJournal, started, ActionResult.Succeeded, result.Message);
                    recovered.Add(result);
                }
            }

            if (recovered.Count > 0)
            {
                // The files' versions may have changed: look again.
                installations = await DiscoverAsync(baseline, cancellationToken).ConfigureAwait(false);
            }
        }

        return new Preparation(installations, recovered);
    }

    private Task<IReadOnlyList<MtaInstallation>> DiscoverAsync(FixBaseline baseline, CancellationToken cancellationToken) =>
        Recorder.StepAsync(
            ReportActions.Discover,
            () => MtaDiscovery.DiscoverAsync(_host, baseline.FixFiles, cancellationToken),
            found => (ActionResult.Succeeded, found.Count == 0
                ? "no MTA installation"
                : string.Join("; ", found.Select(i => $"{i.ServiceName ?? "(no service)"} at {i.InstallRoot}, EMSMTA.EXE {i.FindFile(MtaFiles.Emsmta)?.Version?.ToString() ?? "?"}, X400OM.DLL {i.FindFile(MtaFiles.X400om)?.Version?.ToString() ?? "?"}"))));
}

/// <summary>What <see cref="RecoveryLoop.PrepareAsync"/> found: the installations as they stand now, and what recovery finished or undid.</summary>
/// <param name="Installations">The MTA installations, looked at again after any recovery.</param>
/// <param name="Recovered">What each recovered operation did, in order; empty when nothing was unfinished.</param>
public sealed record Preparation(IReadOnlyList<MtaInstallation> Installations, IReadOnlyList<ApplyResult> Recovered);
