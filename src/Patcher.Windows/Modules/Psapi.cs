using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Patcher.Windows.Modules;

/// <summary>The process-status functions of psapi.dll that list what a process loaded.</summary>
[SupportedOSPlatform("windows")]
internal static partial class Psapi
{
    private const string Library = "psapi.dll";

    /// <summary>LIST_MODULES_ALL: 32-bit and 64-bit modules (a 32-bit EMSMTA.EXE under WOW64 seen from a 64-bit agent).</summary>
    public const uint ListModulesAll = 0x03;

    /// <summary>PROCESS_QUERY_INFORMATION.</summary>
    public const uint ProcessQueryInformation = 0x0400;

    /// <summary>PROCESS_VM_READ: the module list lives in the process's own memory (its PEB's loader data).</summary>
    public const uint ProcessVmRead = 0x0010;

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static unsafe partial bool EnumProcessModulesEx(SafeProcessHandle process, nint* modules, uint size, out uint needed, uint filterFlag);

    [LibraryImport(Library, EntryPoint = "GetModuleFileNameExW", SetLastError = true)]
    public static unsafe partial uint GetModuleFileNameEx(SafeProcessHandle process, nint module, char* fileName, uint size);
}
