using System.Globalization;

namespace Patcher.LabTool.Soak;

/// <summary>The soak's table: one row per cycle with what it left behind.</summary>
internal static class SoakTable
{
    public static void WriteHeader(TextWriter output, IEnumerable<string> hosts)
    {
        output.WriteLine($"exit codes: run/rollback per host, in this order: {string.Join(' ', hosts)}");
        output.WriteLine($"{"cycle",5} {"time",7} {"heap MB",8} {"WS MB",7} {"fds",5} {"thr",4} {"lab procs",9} {"state files",11} {"state KB",9} {"backup KB",10} {"events",7} {"reports",8}  exit codes run/rollback");
    }

    public static void Write(TextWriter output, SoakSample sample, TimeSpan took, string detail)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sample.Cycle,5} {took.TotalSeconds,6:0.0}s {Megabytes(sample.ManagedHeapBytes),8:0.0} {Megabytes(sample.WorkingSetBytes),7:0.0} {sample.OpenHandles,5} {sample.Threads,4} {sample.LabProcesses,9} {sample.StateFiles,11} {sample.StateBytes / 1024.0,9:0.0} {sample.BackupBytes / 1024.0,10:0} {sample.EventLogEntries,7} {sample.HostReports,8}  {detail}"));
        output.Flush();
    }

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);
}
