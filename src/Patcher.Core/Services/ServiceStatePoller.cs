using Patcher.Core.Platform;

namespace Patcher.Core.Services;

/// <summary>
/// Waits for a service's state by querying the SCM every <see cref="ServiceRestartPolicy.PollInterval"/> on the
/// <see cref="TimeProvider"/> (never <c>ServiceController.WaitForStatus</c>, which polls the wall clock: DOMAIN.md).
/// </summary>
internal sealed class ServiceStatePoller
{
    private readonly IServiceControlManager _scm;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;

    public ServiceStatePoller(IServiceControlManager scm, TimeProvider time, TimeSpan interval)
    {
        _scm = scm;
        _time = time;
        _interval = interval;
    }

    public Task<ServiceStatus> QueryAsync(string serviceName, CancellationToken cancellationToken) =>
        _scm.QueryStatusAsync(serviceName, cancellationToken);

    /// <summary>Polls until <paramref name="reached"/> holds or <paramref name="timeout"/> passes; returns the last status seen.</summary>
    public async Task<ServiceStatus> WaitAsync(string serviceName, Func<ServiceStatus, bool> reached, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + timeout;
        var status = await QueryAsync(serviceName, cancellationToken).ConfigureAwait(false);
        while (!reached(status) && _time.GetUtcNow() < deadline)
        {
            var wait = Min(_interval, deadline - _time.GetUtcNow());
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            status = await QueryAsync(serviceName, cancellationToken).ConfigureAwait(false);
        }

        return status;
    }

    /// <summary>Polls until <paramref name="reached"/> holds; only cancellation (the per-attempt timeout) ends it otherwise.</summary>
    public async Task<ServiceStatus> WaitAsync(string serviceName, Func<ServiceStatus, bool> reached, Action<ServiceStatus> seen, CancellationToken cancellationToken)
    {
        var status = await QueryAsync(serviceName, cancellationToken).ConfigureAwait(false);
        seen(status);
        while (!reached(status))
        {
            await Task.Delay(_interval, _time, cancellationToken).ConfigureAwait(false);
            status = await QueryAsync(serviceName, cancellationToken).ConfigureAwait(false);
            seen(status);
        }

        return status;
    }

    public static bool IsPending(ServiceStatus status) =>
        status.State is ServiceState.StartPending or ServiceState.StopPending or ServiceState.ContinuePending or ServiceState.PausePending;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
