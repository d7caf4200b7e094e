using Patcher.Core.Assessment;
using Patcher.Core.Reporting;
using Patcher.Core.Rollout;

namespace Patcher.LabTool.Demo;

/// <summary>
/// Whether the demo showed what it is for (its exit code): every host that needed the fix ended <c>patched-recovered</c>
/// (its newest run), and the rings held a bad rollout: broad's gate closed while a pilot host had rolled back, every broad
/// host that needed the fix held with nothing applied, and the gate open once the pilot recovered.
/// </summary>
internal static class DemoVerdict
{
    /// <summary>What went otherwise, a line each; empty when the demo showed it all.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<DemoHost> hosts, IReadOnlyDictionary<string, HostReport> newest, DemoWave pilot, RingGate? closed, DemoWave held, RingGate? open)
    {
        var problems = new List<string>();
        var missing = hosts.Where(h => !newest.ContainsKey(h.Name)).Select(h => h.Name).ToArray();
        if (missing.Length > 0)
        {
            problems.Add($"no report from {string.Join(", ", missing)}.");
        }

        var unrecovered = hosts.Where(h => newest.TryGetValue(h.Name, out var r) && NeededFix(r) && r.Outcome != HostOutcome.PatchedRecovered).Select(h => h.Name).ToArray();
        if (unrecovered.Length > 0)
        {
            problems.Add($"NOT recovered: {string.Join(", ", unrecovered)}.");
        }

        if (!pilot.Runs.Any(r => r.Report.Outcome == HostOutcome.RolledBack))
        {
            problems.Add("no pilot host rolled back: the pilot's failure was not shown.");
        }

        if (closed is not { IsOpen: false })
        {
            problems.Add($"broad's gate was not closed after the pilot's failure ({closed?.State ?? "none"}).");
        }

        var applied = held.Runs.Where(r => NeededFix(r.Report) && (r.Report.Outcome != HostOutcome.Held || r.Report.FileChanges.Count > 0)).Select(r => r.Host.Name).ToArray();
        if (applied.Length > 0)
        {
            problems.Add($"broad hosts not held while the gate was closed: {string.Join(", ", applied)}.");
        }

        if (open is not { IsOpen: true })
        {
            problems.Add($"broad's gate did not open once the pilot recovered ({open?.State ?? "none"}).");
        }

        return problems;
    }

    /// <summary>Whether the host lacked the fix when the run found it.</summary>
    public static bool NeededFix(HostReport report) =>
        report.Installations.Any(i => i.Before.Fix is FixVerdict.Vulnerable or FixVerdict.HalfPatched);
}
