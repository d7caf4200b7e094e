namespace Patcher.Core.Platform;

/// <summary>
/// <c>SERVICE_STATUS_PROCESS</c> as <c>QueryServiceStatusEx</c> returns it: what .NET's <c>ServiceController</c> hides
/// (the Win32 exit code, 1067 after an abnormal exit, and the process id).
/// </summary>
/// <param name="Name">The service name.</param>
/// <param name="State">The current state.</param>
/// <param name="Win32ExitCode">The last Win32 exit code (0 when it stopped cleanly; 1067 = ERROR_PROCESS_ABORTED).</param>
/// <param name="ServiceSpecificExitCode">The service-specific exit code (Win32ExitCode is then 1066).</param>
/// <param name="ProcessId">The process id while running, 0 otherwise.</param>
public sealed record ServiceStatus(string Name, ServiceState State, int Win32ExitCode, int ServiceSpecificExitCode, int ProcessId)
{
    /// <summary>ERROR_PROCESS_ABORTED: "The process terminated unexpectedly."</summary>
    public const int ProcessAborted = 1067;

    /// <summary>ERROR_SERVICE_SPECIFIC_ERROR.</summary>
    public const int ServiceSpecificError = 1066;
}
