using Patcher.Core.Platform;

namespace Patcher.Core.Services;

/// <summary>Stopping and starting a set of services in dependency order.</summary>
public sealed partial class ServiceOrchestrator
{
    /// <summary>
    /// Records every service's state, then stops them in <paramref name="stopOrder"/> (dependents first, the MTA last).
    /// The first service that does not stop ends it: the rest are <see cref="ServiceVerdicts.NotStopped"/>, and the
    /// report's <see cref="ServiceControlReport.StartOrder"/> restores what was stopped.
    /// </summary>
    public async Task<ServiceControlReport> StopAsync(IReadOnlyList<string> stopOrder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stopOrder);
        var begun = _time.GetUtcNow();
        var snapshots = new List<ServiceSnapshot>();
        foreach (var name in stopOrder)
        {
            snapshots.Add(await SnapshotAsync(name, cancellationToken).ConfigureAwait(false));
        }

        var outcomes = new List<ServiceOutcome>();
        foreach (var snapshot in snapshots)
        {
            if (outcomes.FirstOrDefault(o => !o.Succeeded) is { } blocker)
            {
                outcomes.Add(await NotAttemptedAsync(snapshot, ServiceVerdicts.NotStopped, $"Not stopped: {blocker.Name} did not stop before it.", cancellationToken).ConfigureAwait(false));
                continue;
            }

            outcomes.Add(await _stopper.StopAsync(snapshot, cancellationToken).ConfigureAwait(false));
        }

        return new ServiceControlReport("stop", begun, _time.GetUtcNow() - begun, snapshots, outcomes);
    }

    /// <summary>
    /// Restores <paramref name="startOrder"/> (dependencies first, e.g. <see cref="ServiceControlReport.StartOrder"/>):
    /// starts each service that was running before, through the resilience pipeline, and leaves every other one alone.
    /// A service whose dependency did not start is not attempted (<see cref="ServiceVerdicts.DependencyFailed"/>).
    /// </summary>
    public async Task<ServiceControlReport> StartAsync(IReadOnlyList<ServiceSnapshot> startOrder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(startOrder);
        var begun = _time.GetUtcNow();
        var configurations = await _scm.GetServicesAsync(cancellationToken).ConfigureAwait(false);
        var dependsOn = configurations.ToDictionary(c => c.Name, c => c.DependOnService, StringComparer.OrdinalIgnoreCase);
        var failed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<ServiceOutcome>();
        foreach (var snapshot in startOrder)
        {
            ServiceOutcome outcome;
            if (snapshot.State is null)
            {
                outcome = NotInstalled(snapshot.Name, "start", null);
            }
            else if (!snapshot.WasRunning)
            {
                // No more than before: a service that was not running stays as it is.
                outcome = await NotAttemptedAsync(snapshot, ServiceVerdicts.LeftStopped, $"It was {snapshot.State} before the stop, so it is not started.", cancellationToken).ConfigureAwait(false);
            }
            else if (dependsOn.GetValueOrDefault(snapshot.Name, []).FirstOrDefault(failed.Contains) is { } dependency)
            {
                outcome = await NotAttemptedAsync(snapshot, ServiceVerdicts.DependencyFailed, $"Not started: it depends on {dependency}, which did not start.", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                outcome = await _starter.StartAsync(snapshot.Name, snapshot.State.ToString(), cancellationToken).ConfigureAwait(false);
            }

            if (!outcome.Succeeded)
            {
                failed.Add(snapshot.Name);
            }

            outcomes.Add(outcome);
        }

        return new ServiceControlReport("start", begun, _time.GetUtcNow() - begun, startOrder, outcomes);
    }

    private async Task<ServiceOutcome> NotAttemptedAsync(ServiceSnapshot snapshot, string verdict, string detail, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var action = verdict == ServiceVerdicts.NotStopped ? "stop" : "start";
        if (snapshot.State is null)
        {
            return NotInstalled(snapshot.Name, action, null);
        }

        var status = await _poller.QueryAsync(snapshot.Name, cancellationToken).ConfigureAwait(false);
        return new ServiceOutcome(snapshot.Name, action, verdict, snapshot.State.ToString(), status.State.ToString(), status.Win32ExitCode, now, TimeSpan.Zero, [], detail);
    }

    private ServiceOutcome NotInstalled(string name, string action, string? stateBefore) =>
        new(name, action, ServiceVerdicts.NotInstalled, stateBefore, "NotInstalled", 0, _time.GetUtcNow(), TimeSpan.Zero, [], $"The SCM does not know {name} (1060).");
}
