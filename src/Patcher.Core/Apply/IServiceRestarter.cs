using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// Stops and starts the services around the swap, one at a time, each waited for. Apply journals each call before it.
/// Implemented by <see cref="Services.ResilientServiceRestarter"/>, over the agent's one service-control engine.
/// </summary>
public interface IServiceRestarter
{
    /// <summary>The service's state, once it is no longer pending (bounded).</summary>
    Task<ServiceState> SettledStateAsync(string serviceName, CancellationToken cancellationToken = default);

    /// <summary>Stops the service (if it is not stopped) and waits until it is.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.ServiceControlFailed"/>: refused, or not stopped in time.</exception>
    Task StopAsync(string serviceName, CancellationToken cancellationToken = default);

    /// <summary>Starts the service (if it is not running) and waits until it runs.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.ServiceControlFailed"/>: refused, stopped again, or not running in time.</exception>
    Task StartAsync(string serviceName, CancellationToken cancellationToken = default);
}
