using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Patcher.Windows.Services;

/// <summary>The process functions of kernel32.dll that stop escalation Kill needs.</summary>
[SupportedOSPlatform("windows")]
internal static partial class Kernel32
{
    private const string Library = "kernel32.dll";

    /// <summary>PROCESS_TERMINATE.</summary>
    public const uint ProcessTerminate = 0x0001;

    [LibraryImport(Library, SetLastError = true)]
    public static partial SafeProcessHandle OpenProcess(uint desiredAccess, [MarshalAs(UnmanagedType.Bool)] bool inheritHandle, uint processId);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TerminateProcess(SafeProcessHandle process, uint exitCode);
}
