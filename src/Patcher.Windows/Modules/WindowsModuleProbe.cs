using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using Patcher.Core.RunningModules;
using Patcher.Windows.Services;

namespace Patcher.Windows.Modules;

/// <summary>
/// What a running process loaded, from Windows itself: the process opened for query and read
/// (<c>PROCESS_QUERY_INFORMATION | PROCESS_VM_READ</c>), its modules listed with <c>EnumProcessModulesEx</c>
/// (<c>LIST_MODULES_ALL</c>), each module's path from <c>GetModuleFileNameExW</c>; the files asked for are then read
/// (bounded) for their own version resource and SHA-256. Access denied and a process that is gone are reasons, not errors.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsModuleProbe : IProcessModuleProbe
{
    private const int AccessDenied = 5;
    private const int InvalidParameter = 87;
    private const int PartialCopy = 299;
    private const int MaxModules = 8192;
    private const int MaxPath = 32767;

    /// <summary>A probe of this machine's processes.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsModuleProbe() => WindowsOnly.Ensure(nameof(WindowsModuleProbe));

    /// <inheritdoc />
    public LoadedModuleRead Read(int processId, IReadOnlyCollection<string> fileNames)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        if (processId <= 0)
        {
            return LoadedModuleRead.Unreadable(processId, "no process id (the service is not running)");
        }

        using var process = Kernel32.OpenProcess(Psapi.ProcessQueryInformation | Psapi.ProcessVmRead, false, (uint)processId);
        if (process.IsInvalid)
        {
            return LoadedModuleRead.Unreadable(processId, Reason("OpenProcess", Marshal.GetLastPInvokeError()));
        }

        if (!TryListModules(process, out var handles, out var error))
        {
            return LoadedModuleRead.Unreadable(processId, Reason("EnumProcessModulesEx", error));
        }

        var modules = new List<LoadedModule>();
        foreach (var handle in handles)
        {
            var path = FileNameOf(process, handle);
            if (path is not null && fileNames.Contains(LoadedModuleFile.NameOf(path), StringComparer.OrdinalIgnoreCase))
            {
                modules.Add(LoadedModuleFile.Read(path, path));
            }
        }

        return new LoadedModuleRead(processId, modules, null);
    }

    private static unsafe bool TryListModules(SafeProcessHandle process, out nint[] handles, out int error)
    {
        handles = new nint[256];
        while (true)
        {
            uint needed;
            fixed (nint* buffer = handles)
            {
                if (!Psapi.EnumProcessModulesEx(process, buffer, (uint)(handles.Length * IntPtr.Size), out needed, Psapi.ListModulesAll))
                {
                    error = Marshal.GetLastPInvokeError();
                    return false;
                }
            }

            var count = (int)(needed / (uint)IntPtr.Size);
            if (count <= handles.Length || count > MaxModules)
            {
                // The list can grow between calls; a second pass with room for it settles it.
                handles = handles[..Math.Min(count, handles.Length)];
                error = 0;
                return true;
            }

            handles = new nint[count + 64];
        }
    }

    private static unsafe string? FileNameOf(SafeProcessHandle process, nint module)
    {
        var buffer = new char[MaxPath];
        fixed (char* name = buffer)
        {
            var length = Psapi.GetModuleFileNameEx(process, module, name, (uint)buffer.Length);
            return length == 0 ? null : new string(buffer, 0, (int)length);
        }
    }

    private static string Reason(string call, int error)
    {
        var code = error.ToString(CultureInfo.InvariantCulture);
        return error switch
        {
            AccessDenied => $"{call}: access denied (Win32 error {code}); reading another process's modules needs PROCESS_QUERY_INFORMATION and PROCESS_VM_READ (the agent's service runs as LocalSystem)",
            InvalidParameter => $"{call}: the process is gone (Win32 error {code})",
            PartialCopy => $"{call}: the module list is not readable (Win32 error {code}, ERROR_PARTIAL_COPY: the process is still starting, or its loader data cannot be read from this process)",
            _ => $"{call} failed (Win32 error {code}): {new Win32Exception(error).Message}",
        };
    }
}
