using System.Runtime.InteropServices;

namespace Patcher.Lab.Scm;

/// <summary>The POSIX process calls .NET lacks: SIGTERM (a service's stop control), liveness of a non-child, setsid.</summary>
public static partial class UnixProcess
{
    private const int SigKill = 9;
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM: the lab's SERVICE_CONTROL_STOP. False when the process does not exist.</summary>
    public static bool Terminate(int processId) => Signal(processId, SigTerm);

    /// <summary>Sends SIGKILL. False when the process does not exist.</summary>
    public static bool Kill(int processId) => Signal(processId, SigKill);

    /// <summary>Whether a process with this id exists (signal 0 probes without sending).</summary>
    public static bool IsAlive(int processId)
    {
        if (processId <= 0)
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(processId);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        // EPERM (1) means it exists but belongs to someone else.
        return NativeMethods.kill(processId, 0) == 0 || Marshal.GetLastPInvokeError() == 1;
    }

    /// <summary>Starts a new session, so the terminal's Ctrl+C and hang-up do not reach the daemon or its services.</summary>
    public static void DetachFromTerminal()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = NativeMethods.setsid();
        }
    }

    private static bool Signal(int processId, int signal)
    {
        if (processId <= 0)
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            // No signals on Windows: the lab there can only end a service by killing it.
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(processId);
                process.Kill(entireProcessTree: true);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        return NativeMethods.kill(processId, signal) == 0;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SA1300, IDE1006 // libc's names
        public static extern int kill(int pid, int sig);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int setsid();
#pragma warning restore SA1300, IDE1006
    }
}
