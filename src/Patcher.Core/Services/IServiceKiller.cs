namespace Patcher.Core.Services;

/// <summary>
/// The capability to end a service's process whatever its state: the escalation of a stop that does not complete
/// (DOMAIN.md: the Windows SCM gives a stuck stop no grace by itself). Windows terminates the process by the
/// <c>dwProcessId</c> of <c>QueryServiceStatusEx</c>; the lab SCM has a kill request.
/// </summary>
public interface IServiceKiller
{
    /// <summary>Ends the service's process; returns once the request is accepted (the caller then waits for Stopped).</summary>
    /// <exception cref="Platform.ServiceControlException">The request was refused (1062 when it has no process any more).</exception>
    Task KillAsync(string serviceName, CancellationToken cancellationToken = default);
}
