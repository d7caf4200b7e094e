using System.Globalization;
using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;

namespace Patcher.LabTool.Demo;

/// <summary>The demo's closing table: one row per host, its story, where it stood, how it ended.</summary>
internal static class DemoSummary
{
    public static void Write(TextWriter output, IReadOnlyList<DemoHost> hosts, IReadOnlyDictionary<string, HostReport> reports)
    {
        output.WriteLine();
        output.WriteLine($"{"host",-14} {"story",-30} {"before",-34} {"outcome",-20} {"starts",6} {"time",7}");
        foreach (var host in hosts)
        {
            if (!reports.TryGetValue(host.Name, out var report))
            {
                output.WriteLine($"{host.Name,-14} {host.Story,-30} {"(no report)",-34}");
                continue;
            }

            var before = report.Installations.Count > 0 && report.Installations[0].Before is { } b ? $"{b.Fix?.ToName() ?? "-"} / {b.Health.ToName()}" : "-";
            var starts = report.RestartAttempts.Count.ToString(CultureInfo.InvariantCulture);
            var seconds = (report.FinishedAt - report.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
            output.WriteLine($"{host.Name,-14} {host.Story,-30} {before,-34} {report.Outcome.ToName(),-20} {starts,6} {seconds,7}");
        }
    }
}
