using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Platform;

/// <summary>
/// The lab host's service control manager is not running: RPC_S_SERVER_UNAVAILABLE (1722), what Windows says of an SCM it
/// cannot reach. The message tells the operator how to start it.
/// </summary>
public sealed class LabHostNotStartedException : ServiceControlException
{
    /// <summary>Creates the exception for <paramref name="host"/>; <paramref name="serviceName"/> is the request's service, if any.</summary>
    public LabHostNotStartedException(LabHostPaths host, string? serviceName, Exception? innerException = null)
        : base(
            serviceName ?? string.Empty,
            Win32Errors.RpcServerUnavailable,
            $"The lab host {host?.Name} is not started: run patcher-lab lab start {host?.LabRoot} {host?.Name}",
            innerException)
    {
    }
}
