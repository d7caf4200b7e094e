namespace Patcher.Core.Platform;

/// <summary>
/// The service control manager, narrowed to what the agent needs. Start and stop only ask: they return once the
/// request is accepted, and the caller waits for the state it wants by querying (on its own <see cref="TimeProvider"/>).
/// </summary>
public interface IServiceControlManager
{
    /// <summary>Every installed service's configuration.</summary>
    Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default);

    /// <summary>The service's status.</summary>
    /// <exception cref="ServiceNotFoundException">No such service.</exception>
    Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default);

    /// <summary>Asks the service to start (its dependencies must be running).</summary>
    /// <exception cref="ServiceNotFoundException">No such service.</exception>
    /// <exception cref="ServiceControlException">The request was refused, with the Win32 error.</exception>
    Task StartAsync(string serviceName, CancellationToken cancellationToken = default);

    /// <summary>Asks the service to stop (its running dependents must be stopped first).</summary>
    /// <exception cref="ServiceNotFoundException">No such service.</exception>
    /// <exception cref="ServiceControlException">The request was refused, with the Win32 error.</exception>
    Task StopAsync(string serviceName, CancellationToken cancellationToken = default);
}
