using Patcher.Core.Platform;

namespace Patcher.Core.Services;

/// <summary>
/// Stops and starts services around a hotfix (ARCHITECTURE.md "Restart"): dependents first to stop, last to start; each
/// start through a Polly pipeline (per-attempt timeout, retry with exponential backoff and jitter, a breaker for a service
/// that keeps crashing); a stop that does not complete is escalated as the policy says, never waited on forever; afterwards
/// every service is in the state it was in before, no more, no less. All waiting is on the <see cref="TimeProvider"/>.
/// Every call returns outcomes (each attempt, times, Win32 codes, a verdict per service) rather than throwing.
/// </summary>
public sealed class ServiceOrchestrator
{
    private readonly TimeProvider _time;
    private readonly ServiceRestartPolicy _policy;
    private readonly ServiceStatePoller _poller;
    private readonly ServiceStopper _stopper;
    private readonly ServiceStarter _starter;

    /// <summary>Controls services through <paramref name="scm"/>, waiting on <paramref name="time"/>.</summary>
    /// <param name="scm">The service control manager.</param>
    /// <param name="time">The clock all waiting goes through.</param>
    /// <param name="policy">Timeouts, retries, breaker, escalation; the defaults when null.</param>
    /// <param name="killer">The kill capability for <see cref="StopEscalation.Kill"/>; when null, <paramref name="scm"/> if it implements <see cref="IServiceKiller"/>.</param>
    /// <exception cref="ServiceRestartPolicyException">The policy is invalid (SR001), or asks for Kill with no killer (SR002).</exception>
    public ServiceOrchestrator(IServiceControlManager scm, TimeProvider time, ServiceRestartPolicy? policy = null, IServiceKiller? killer = null)
        : this(scm, time, policy, killer, Random.Shared.NextDouble)
    {
    }

    /// <summary>The same, with the jitter's random source given (tests).</summary>
    internal ServiceOrchestrator(IServiceControlManager scm, TimeProvider time, ServiceRestartPolicy? policy, IServiceKiller? killer, Func<double> randomizer)
    {
        ArgumentNullException.ThrowIfNull(scm);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(randomizer);
        _policy = policy ?? new ServiceRestartPolicy();
        _policy.EnsureValid();
        killer ??= scm as IServiceKiller;
        if (_policy.StopEscalation == StopEscalation.Kill && killer is null)
        {
            throw new ServiceRestartPolicyException(
                ServiceRestartPolicyException.NoKiller,
                "ServiceRestartPolicy.StopEscalation is Kill, but this platform's service control manager cannot kill a service: set it to None, or give an IServiceKiller.");
        }

        _time = time;
        _poller = new ServiceStatePoller(scm, time, _policy.PollInterval);
        _stopper = new ServiceStopper(scm, killer, time, _policy, _poller);
        _starter = new ServiceStarter(scm, time, _policy, _poller, randomizer);
    }

    /// <summary>The policy in force.</summary>
    public ServiceRestartPolicy Policy => _policy;

    /// <summary>
    /// The service's state once no longer pending (a start-pending one is waited for up to the start timeout, other
    /// pending states up to the stop timeout; then recorded as they are). A service the SCM does not know has a null state.
    /// </summary>
    public async Task<ServiceSnapshot> SnapshotAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ServiceStatus status;
        try
        {
            status = await _poller.QueryAsync(serviceName, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceNotFoundException)
        {
            return new ServiceSnapshot(serviceName, null, 0);
        }

        if (ServiceStatePoller.IsPending(status))
        {
            var timeout = status.State == ServiceState.StartPending ? _policy.StartAttemptTimeout : _policy.StopTimeout;
            status = await _poller.WaitAsync(serviceName, s => !ServiceStatePoller.IsPending(s), timeout, cancellationToken).ConfigureAwait(false);
        }

        return new ServiceSnapshot(serviceName, status.State, status.Win32ExitCode);
    }

    /// <summary>Stops one service (if it is not stopped), escalating a stop that does not complete as the policy says.</summary>
    public async Task<ServiceOutcome> StopServiceAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(serviceName, cancellationToken).ConfigureAwait(false);
        return await _stopper.StopAsync(snapshot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts one service (if it is not running) through the resilience pipeline; the caller has decided it must run.</summary>
    public async Task<ServiceOutcome> StartServiceAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        try
        {
            return await _starter.StartAsync(serviceName, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceNotFoundException)
        {
            return NotInstalled(serviceName, "start", null);
        }
    }

    private ServiceOutcome NotInstalled(string name, string action, string? stateBefore) =>
        new(name, action, ServiceVerdicts.NotInstalled, stateBefore, "NotInstalled", 0, _time.GetUtcNow(), TimeSpan.Zero, [], $"The SCM does not know {name} (1060).");
}
