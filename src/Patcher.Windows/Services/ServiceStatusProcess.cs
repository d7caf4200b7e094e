using System.Runtime.InteropServices;

namespace Patcher.Windows.Services;

/// <summary>
/// <c>SERVICE_STATUS_PROCESS</c> (winsvc.h), as <c>QueryServiceStatusEx(SC_STATUS_PROCESS_INFO)</c> fills it:
/// nine DWORDs, 36 bytes on x86 and x64 alike.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ServiceStatusProcess
{
    public uint ServiceType;
    public uint CurrentState;
    public uint ControlsAccepted;
    public uint Win32ExitCode;
    public uint ServiceSpecificExitCode;
    public uint CheckPoint;
    public uint WaitHint;
    public uint ProcessId;
    public uint ServiceFlags;
}
