using System.Globalization;
using Patcher.Agent.Cli;
using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;

namespace Patcher.LabTool.Demo;

/// <summary>The demo's closing summary: the rollout a line per step, then one row per host: its ring, story, where it stood, how it ended.</summary>
internal static class DemoSummary
{
    public static void Write(TextWriter output, IReadOnlyList<DemoStep> steps, IReadOnlyList<DemoHost> hosts, IReadOnlyDictionary<string, HostReport> newest, IReadOnlyDictionary<string, int> runs)
    {
        output.WriteLine();
        output.WriteLine("rollout:");
        foreach (var step in steps)
        {
            output.WriteLine(step);
        }

        output.WriteLine();
        output.WriteLine($"{"host",-14} {"ring",-6} {"story",-30} {"before",-34} {"newest outcome",-20} {"runs",4} {"starts",6} {"time",7}");
        foreach (var host in hosts)
        {
            if (!newest.TryGetValue(host.Name, out var report))
            {
                output.WriteLine($"{host.Name,-14} {host.Ring,-6} {host.Story,-30} {"(no report)",-34}");
                continue;
            }

            var before = report.Installations.Count > 0 && report.Installations[0].Before is { } b ? $"{b.Fix?.ToName() ?? "-"} / {b.Health.ToName()}" : "-";
            var count = runs.GetValueOrDefault(host.Name).ToString(CultureInfo.InvariantCulture);
            var starts = report.RestartAttempts.Count.ToString(CultureInfo.InvariantCulture);
            var seconds = (report.FinishedAt - report.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
            output.WriteLine($"{host.Name,-14} {host.Ring,-6} {host.Story,-30} {before,-34} {report.Outcome.ToName(),-20} {count,4} {starts,6} {seconds,7}");
        }
    }

    /// <summary>
    /// A wave in a line: its outcomes in the order they first appear, each with its exit code when not 0 and its hosts,
    /// e.g. <c>4 held (exit 20, nothing applied): EXCH-HALF, ...; 2 compliant: EXCH-HOTFIX, EXCH-SP4</c>.
    /// </summary>
    public static string Outcomes(DemoWave wave)
    {
        ArgumentNullException.ThrowIfNull(wave);
        var groups = wave.Runs.GroupBy(r => r.Report.Outcome).Select(g =>
        {
            var exit = ExitCodes.For(g.Key);
            var notes = new List<string>();
            if (exit != ExitCodes.Success)
            {
                notes.Add($"exit {exit}");
            }

            if (g.Key == HostOutcome.Held && g.All(r => r.Report.FileChanges.Count == 0))
            {
                notes.Add("nothing applied");
            }

            var count = g.Count().ToString(CultureInfo.InvariantCulture);
            return $"{count} {g.Key.ToName()}{(notes.Count == 0 ? string.Empty : $" ({string.Join(", ", notes)})")}: {string.Join(", ", g.Select(r => r.Host.Name))}";
        });
        var missing = wave.Hosts.Count(h => !wave.Reports.ContainsKey(h.Name));
        return string.Join("; ", groups) + (missing == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; {missing} without a report"));
    }
}
