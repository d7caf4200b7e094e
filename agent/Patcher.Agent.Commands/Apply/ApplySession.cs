using Patcher.Core.Apply;
using Patcher.Core.Discovery;

namespace Patcher.Agent.Apply;

/// <summary>
/// What <c>apply</c> and <c>rollback</c> (and later <c>run</c>) do first: find the installations, and finish or undo any
/// operation a previous run left unfinished, before anything else.
/// </summary>
internal sealed class ApplySession(ApplyHost host, ApplyOptions options, ApplyReport report)
{
    public ApplyHost Host => host;

    public ApplyOptions Options => options;

    /// <summary>What recovery did in this run.</summary>
    public List<ApplyResult> Recovered { get; } = [];

    /// <summary>Recovers every installation (unless <paramref name="recover"/> is false), then returns the one to work on.</summary>
    /// <exception cref="ApplyException">None or several installations; a recovery failed.</exception>
    public async Task<MtaInstallation> PrepareAsync(bool recover, CancellationToken cancellationToken)
    {
        var platform = host.Platform;
        report.Host(platform.MachineName);
        var installations = await MtaDiscovery.DiscoverAsync(platform, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (recover)
        {
            var recovery = new JournalRecovery(platform, host.Services, options);
            var recoveredAny = false;
            foreach (var root in installations.Select(i => i.InstallRoot).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (await recovery.RecoverAsync(root, cancellationToken).ConfigureAwait(false) is { } recovered)
                {
                    report.Recovered(recovered);
                    Recovered.Add(recovered);
                    recoveredAny = true;
                }
            }

            if (recoveredAny)
            {
                // The files' versions may have changed: look again.
                installations = await MtaDiscovery.DiscoverAsync(platform, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        return installations.Count switch
        {
            0 => throw new ApplyException(ApplyException.NoInstallation, $"No Exchange 5.5 MTA installation was found on {platform.MachineName}: run patcher scan to see what is there."),
            1 => installations[0],
            _ => throw new ApplyException(ApplyException.SeveralInstallations,
                $"{installations.Count} MTA installations were found on {platform.MachineName} ({string.Join(", ", installations.Select(i => i.InstallRoot))}); Patcher applies to one MTA per host."),
        };
    }
}
