using System.Globalization;
using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// <see cref="IServiceRestarter"/> straight through the platform's service control manager: ask, then poll the state on
/// the <see cref="TimeProvider"/> until it settles or the timeout passes. No retries: that is the resilient restart's job.
/// </summary>
public sealed class ScmServiceRestarter : IServiceRestarter
{
    private const int ServiceAlreadyRunning = 1056;     // ERROR_SERVICE_ALREADY_RUNNING
    private const int CannotAcceptControl = 1061;       // ERROR_SERVICE_CANNOT_ACCEPT_CONTROL: start/stop pending
    private const int ServiceNotActive = 1062;          // ERROR_SERVICE_NOT_ACTIVE

    private readonly IServiceControlManager _scm;
    private readonly TimeProvider _time;
    private readonly ServiceRestartOptions _options;

    /// <summary>Controls services through <paramref name="scm"/>, waiting on <paramref name="time"/>.</summary>
    public ScmServiceRestarter(IServiceControlManager scm, TimeProvider time, ServiceRestartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scm);
        ArgumentNullException.ThrowIfNull(time);
        _options = options ?? new ServiceRestartOptions();
        _options.Validate();
        _scm = scm;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<ServiceState> SettledStateAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        var status = await WaitWhilePendingAsync(serviceName, _options.StopTimeout, cancellationToken).ConfigureAwait(false);
        return status.State;
    }

    /// <inheritdoc />
    public async Task StopAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        var status = await WaitWhilePendingAsync(serviceName, _options.StartTimeout, cancellationToken).ConfigureAwait(false);
        if (status.State == ServiceState.Stopped)
        {
            return;
        }

        try
        {
            await _scm.StopAsync(serviceName, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceControlException exception) when (exception.Win32Error is ServiceNotActive or CannotAcceptControl)
        {
            // It stopped on its own meanwhile, or is already stopping: wait for the end below.
        }
        catch (ServiceControlException exception)
        {
            throw Failed(serviceName, "stop", exception.Message, exception);
        }

        status = await WaitWhilePendingAsync(serviceName, _options.StopTimeout, cancellationToken).ConfigureAwait(false);
        if (status.State != ServiceState.Stopped)
        {
            throw Failed(serviceName, "stop", string.Create(CultureInfo.InvariantCulture, $"it is still {status.State} after {_options.StopTimeout.TotalSeconds:0} s"));
        }
    }

    /// <inheritdoc />
    public async Task StartAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        var status = await WaitWhilePendingAsync(serviceName, _options.StopTimeout, cancellationToken).ConfigureAwait(false);
        if (status.State == ServiceState.Running)
        {
            return;
        }

        try
        {
            await _scm.StartAsync(serviceName, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceControlException exception) when (exception.Win32Error == ServiceAlreadyRunning)
        {
            // Started by someone else meanwhile.
        }
        catch (ServiceControlException exception)
        {
            throw Failed(serviceName, "start", exception.Message, exception);
        }

        status = await WaitWhilePendingAsync(serviceName, _options.StartTimeout, cancellationToken).ConfigureAwait(false);
        if (status.State != ServiceState.Running)
        {
            throw Failed(serviceName, "start", string.Create(
                CultureInfo.InvariantCulture,
                $"it is {status.State} (Win32 exit code {status.Win32ExitCode}) instead of running after at most {_options.StartTimeout.TotalSeconds:0} s"));
        }
    }

    private async Task<ServiceStatus> WaitWhilePendingAsync(string serviceName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + timeout;
        var status = await QueryAsync(serviceName, cancellationToken).ConfigureAwait(false);
        while (status.State is ServiceState.StartPending or ServiceState.StopPending or ServiceState.ContinuePending or ServiceState.PausePending
            && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
            status = await QueryAsync(serviceName, cancellationToken).ConfigureAwait(false);
        }

        return status;
    }

    private async Task<ServiceStatus> QueryAsync(string serviceName, CancellationToken cancellationToken)
    {
        try
        {
            return await _scm.QueryStatusAsync(serviceName, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceControlException exception)
        {
            throw Failed(serviceName, "query", exception.Message, exception);
        }
    }

    private static ApplyException Failed(string serviceName, string action, string why, Exception? inner = null) =>
        new(ApplyException.ServiceControlFailed, $"Could not {action} {serviceName}: {why}.", inner);
}
