using System.Globalization;

namespace Patcher.LabTool.Soak;

/// <summary>
/// Whether the soak was steady: every cycle after the first ended as the second did, and from the second cycle to the
/// last nothing grew but what is kept by design (backups, events, host reports); after the lab stopped, no lab process
/// is left.
/// </summary>
internal sealed record SoakVerdict(bool Steady, IReadOnlyList<string> Lines)
{
    /// <summary>Heap growth tolerated over the cycles (the GC's own noise; a leak of one host report per run is larger).</summary>
    public const long HeapSlackBytes = 8L * 1024 * 1024;

    /// <summary>Descriptors and threads tolerated over the cycles (thread-pool threads come and go).</summary>
    public const int HandleSlack = 8;

    public static SoakVerdict Judge(IReadOnlyList<SoakSample> samples, IReadOnlyList<IReadOnlyDictionary<string, (int Run, int Rollback)>> exits, SoakSample afterStop)
    {
        var lines = new List<string>();
        var steady = true;
        void Check(bool ok, string what)
        {
            steady &= ok;
            lines.Add((ok ? "ok    " : "FAIL  ") + what);
        }

        if (samples.Count < 3)
        {
            return new SoakVerdict(true, ["ok    fewer than 2 cycles: nothing to compare (growth is measured from cycle 1 to the last)"]);
        }

        // Cycle 1 meets the demo's stories (hung, 1067, poison); from then on every cycle patches and rolls back the same hosts.
        var baseline = samples[1];
        var last = samples[^1];
        var drift = Enumerable.Range(1, exits.Count - 1).Where(i => !Same(exits[i], exits[1])).Select(i => i + 1).ToArray();
        Check(drift.Length == 0, drift.Length == 0
            ? $"every cycle from 2 to {exits.Count} ended as cycle 2 did (run/rollback exit codes per host)"
            : $"cycles {string.Join(", ", drift)} ended differently from cycle 2");
        Check(last.ManagedHeapBytes - baseline.ManagedHeapBytes <= HeapSlackBytes, Figure("managed heap after a full GC", baseline.ManagedHeapBytes, last.ManagedHeapBytes, "bytes", $"slack {HeapSlackBytes / 1024 / 1024} MB"));
        Check(last.OpenHandles - baseline.OpenHandles <= HandleSlack, Figure("open descriptors", baseline.OpenHandles, last.OpenHandles, "", $"slack {HandleSlack}"));
        Check(last.Threads - baseline.Threads <= HandleSlack, Figure("threads", baseline.Threads, last.Threads, "", $"slack {HandleSlack}"));
        Check(last.LabProcesses == baseline.LabProcesses, Figure("lab processes (SCM daemons, services)", baseline.LabProcesses, last.LabProcesses, "", "equal"));
        Check(last.StateFiles == baseline.StateFiles, Figure("state folder files outside backup\\ (journal, lock, staging)", baseline.StateFiles, last.StateFiles, "", "equal"));
        Check(afterStop.LabProcesses == 0, $"lab processes after the lab stopped: {afterStop.LabProcesses} (0 expected)");
        lines.Add(Figure("kept by design: backups", baseline.BackupBytes, last.BackupBytes, "bytes", "one per apply"));
        lines.Add(Figure("kept by design: event log entries", baseline.EventLogEntries, last.EventLogEntries, "", "every run logs"));
        lines.Add(Figure("kept by design: host reports", baseline.HostReports, last.HostReports, "", "one per run"));
        lines.Add(Figure("working set (informational: the GC returns memory lazily)", baseline.WorkingSetBytes, last.WorkingSetBytes, "bytes", ""));
        lines.Add(steady ? $"steady over {exits.Count} cycles" : $"NOT steady over {exits.Count} cycles");
        return new SoakVerdict(steady, lines);
    }

    private static bool Same(IReadOnlyDictionary<string, (int Run, int Rollback)> a, IReadOnlyDictionary<string, (int Run, int Rollback)> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);

    private static string Figure(string what, long from, long to, string unit, string rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: {from:N0} -> {to:N0}{(unit.Length > 0 ? " " + unit : "")} ({(to - from >= 0 ? "+" : "")}{to - from:N0}{(rule.Length > 0 ? "; " + rule : "")})");
}
