using Patcher.Core.Apply;
using Patcher.Core.Platform;

namespace Patcher.Core.Services;

/// <summary>
/// Apply's <see cref="IServiceRestarter"/> over a <see cref="ServiceOrchestrator"/>, the one service-control engine (used
/// by the run, standalone apply and rollback, and journal recovery). A service that does not end where asked becomes an
/// <see cref="ApplyException.ServiceControlFailed"/>; every outcome is kept in <see cref="Outcomes"/> for the host report.
/// </summary>
public sealed class ResilientServiceRestarter : IServiceRestarter
{
    private readonly ServiceOrchestrator _orchestrator;
    private readonly List<ServiceOutcome> _outcomes = [];

    /// <summary>Controls services through <paramref name="orchestrator"/>.</summary>
    public ResilientServiceRestarter(ServiceOrchestrator orchestrator)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        _orchestrator = orchestrator;
    }

    /// <summary>Every stop and start outcome so far, in order.</summary>
    public IReadOnlyList<ServiceOutcome> Outcomes => _outcomes;

    /// <inheritdoc />
    public async Task<ServiceState> SettledStateAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        var snapshot = await _orchestrator.SnapshotAsync(serviceName, cancellationToken).ConfigureAwait(false);
        return snapshot.State ?? throw new ServiceNotFoundException(serviceName);
    }

    /// <inheritdoc />
    public async Task StopAsync(string serviceName, CancellationToken cancellationToken = default) =>
        Check(await _orchestrator.StopServiceAsync(serviceName, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public async Task StartAsync(string serviceName, CancellationToken cancellationToken = default) =>
        Check(await _orchestrator.StartServiceAsync(serviceName, cancellationToken).ConfigureAwait(false));

    private void Check(ServiceOutcome outcome)
    {
        _outcomes.Add(outcome);
        if (!outcome.Succeeded || outcome.Verdict == ServiceVerdicts.NotInstalled)
        {
            throw new ApplyException(
                ApplyException.ServiceControlFailed,
                $"Could not {outcome.Action} {outcome.Name}: {outcome.Verdict} after {outcome.Attempts.Count} attempt(s), now {outcome.StateAfter}. {outcome.Detail}".TrimEnd());
        }
    }
}
