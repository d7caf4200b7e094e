using System.Diagnostics;
using Patcher.Core.Apply;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Soak;

/// <summary>
/// What one soak cycle left behind, measured after it: this process (the agent's commands ran in it, as in the service),
/// the lab's processes, and the hosts' state folders, event logs and the host reports.
/// </summary>
/// <param name="Cycle">The cycle measured after (0: before the first).</param>
/// <param name="ManagedHeapBytes">The managed heap after a full collection.</param>
/// <param name="WorkingSetBytes">This process's working set.</param>
/// <param name="OpenHandles">Open file descriptors (Linux: <c>/proc/self/fd</c>) or handles.</param>
/// <param name="Threads">This process's threads.</param>
/// <param name="LabProcesses">Processes whose command line names the lab folder (SCM daemons and services).</param>
/// <param name="StateFiles">Files in the hosts' state folders outside <c>backup\</c> (journal, lock, staging).</param>
/// <param name="StateBytes">Their size.</param>
/// <param name="BackupBytes">The kept backups' size (one per apply, by design).</param>
/// <param name="EventLogEntries">Event log entries on every host (one file each).</param>
/// <param name="HostReports">Host reports written.</param>
internal sealed record SoakSample(
    int Cycle,
    long ManagedHeapBytes,
    long WorkingSetBytes,
    int OpenHandles,
    int Threads,
    int LabProcesses,
    int StateFiles,
    long StateBytes,
    long BackupBytes,
    int EventLogEntries,
    int HostReports)
{
    public static SoakSample Take(int cycle, string labFolder, IEnumerable<LabHostPaths> hosts, string reportFolder)
    {
        // Finalizers free native memory (certificates, handles the BCL wraps): let them run before measuring.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        var stateFiles = 0;
        long stateBytes = 0, backupBytes = 0;
        var events = 0;
        foreach (var host in hosts)
        {
            foreach (var state in StateFolders(host))
            {
                foreach (var file in new DirectoryInfo(state).EnumerateFiles("*", SearchOption.AllDirectories))
                {
                    if (IsBackup(state, file.FullName))
                    {
                        backupBytes += file.Length;
                    }
                    else
                    {
                        stateFiles++;
                        stateBytes += file.Length;
                    }
                }
            }

            events += Directory.Exists(host.EventLogFolder) ? Directory.EnumerateFiles(host.EventLogFolder, "*", SearchOption.AllDirectories).Count() : 0;
        }

        return new SoakSample(
            cycle,
            heap,
            self.WorkingSet64,
            CountHandles(self),
            self.Threads.Count,
            ProcessesNaming(labFolder),
            stateFiles,
            stateBytes,
            backupBytes,
            events,
            Directory.Exists(reportFolder) ? Directory.EnumerateFiles(reportFolder, "*.json").Count() : 0);
    }

    private static IEnumerable<string> StateFolders(LabHostPaths host) =>
        Directory.Exists(host.DriveC)
            ? Directory.EnumerateDirectories(host.DriveC).Select(root => Path.Combine(root, StateFolder.FolderName)).Where(Directory.Exists)
            : [];

    private static bool IsBackup(string stateFolder, string file) =>
        Path.GetRelativePath(stateFolder, file).StartsWith("backup" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static int CountHandles(Process self) =>
        Directory.Exists("/proc/self/fd") ? Directory.GetFileSystemEntries("/proc/self/fd").Length : self.HandleCount;

    /// <summary>Processes whose command line holds <paramref name="folder"/> (Linux: <c>/proc/PID/cmdline</c>; elsewhere 0).</summary>
    private static int ProcessesNaming(string folder)
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        var count = 0;
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(entry, "cmdline")).Contains(folder, StringComparison.Ordinal))
                {
                    count++;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to read.
            }
        }

        return count;
    }
}
