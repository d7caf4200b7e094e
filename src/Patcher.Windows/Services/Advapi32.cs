using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Patcher.Windows.Services;

/// <summary>The service control manager functions of advapi32.dll (winsvc.h) that .NET's <c>ServiceController</c> lacks.</summary>
[SupportedOSPlatform("windows")]
internal static partial class Advapi32
{
    private const string Library = "advapi32.dll";

    /// <summary>SC_MANAGER_CONNECT.</summary>
    public const uint ScManagerConnect = 0x0001;

    /// <summary>SERVICE_QUERY_STATUS.</summary>
    public const uint ServiceQueryStatus = 0x0004;

    /// <summary>SERVICE_START.</summary>
    public const uint ServiceStart = 0x0010;

    /// <summary>SERVICE_STOP.</summary>
    public const uint ServiceStop = 0x0020;

    /// <summary>SC_STATUS_PROCESS_INFO: the only info level of QueryServiceStatusEx.</summary>
    public const int ScStatusProcessInfo = 0;

    /// <summary>SERVICE_CONTROL_STOP.</summary>
    public const uint ServiceControlStop = 0x00000001;

    [LibraryImport(Library, EntryPoint = "OpenSCManagerW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    public static partial SafeServiceHandle OpenSCManager(string? machineName, string? databaseName, uint desiredAccess);

    [LibraryImport(Library, EntryPoint = "OpenServiceW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    public static partial SafeServiceHandle OpenService(SafeServiceHandle serviceControlManager, string serviceName, uint desiredAccess);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static unsafe partial bool QueryServiceStatusEx(
        SafeServiceHandle service, int infoLevel, ServiceStatusProcess* buffer, uint bufferSize, out uint bytesNeeded);

    /// <summary>StartServiceW with no arguments: returns once the SCM has launched the process, without waiting for RUNNING.</summary>
    [LibraryImport(Library, EntryPoint = "StartServiceW", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool StartService(SafeServiceHandle service, uint argumentCount, nint arguments);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool ControlService(SafeServiceHandle service, uint control, out ServiceStatusNative status);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool CloseServiceHandle(nint handle);
}
