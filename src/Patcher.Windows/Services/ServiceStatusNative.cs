using System.Runtime.InteropServices;

namespace Patcher.Windows.Services;

/// <summary><c>SERVICE_STATUS</c> (winsvc.h), which <c>ControlService</c> fills: seven DWORDs, 28 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ServiceStatusNative
{
    public uint ServiceType;
    public uint CurrentState;
    public uint ControlsAccepted;
    public uint Win32ExitCode;
    public uint ServiceSpecificExitCode;
    public uint CheckPoint;
    public uint WaitHint;
}
