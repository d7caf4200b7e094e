using Patcher.Core.Platform;

namespace Patcher.Windows.Services;

/// <summary>Turns what <c>QueryServiceStatusEx</c> returned into the agent's <see cref="ServiceStatus"/>.</summary>
internal static class ServiceStatusMapping
{
    /// <summary>Maps the struct; the DWORDs become ints bit for bit (exit codes above 0x7FFFFFFF stay recognisable as HRESULTs).</summary>
    /// <exception cref="InvalidOperationException">dwCurrentState is not one of SERVICE_STOPPED (1) .. SERVICE_PAUSED (7).</exception>
    public static ServiceStatus ToServiceStatus(string serviceName, in ServiceStatusProcess native)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        if (native.CurrentState is < (uint)ServiceState.Stopped or > (uint)ServiceState.Paused)
        {
            throw new InvalidOperationException(
                $"The service control manager reported state {native.CurrentState} for {serviceName}, which is not a SERVICE_STATUS state (1-7); " +
                "query it again, and report this if it persists.");
        }

        return new ServiceStatus(
            serviceName,
            (ServiceState)native.CurrentState,
            unchecked((int)native.Win32ExitCode),
            unchecked((int)native.ServiceSpecificExitCode),
            unchecked((int)native.ProcessId));
    }
}
