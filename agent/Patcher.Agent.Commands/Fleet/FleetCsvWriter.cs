using System.Globalization;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The fleet as CSV (RFC 4180: CRLF line ends, quoted where needed): a fixed header, then one row per host ordered by host
/// name. Columns are added at the end, never renamed, reordered or removed.
/// </summary>
internal static class FleetCsvWriter
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "host", "outcome", "needsAttention", "startedAt", "finishedAt", "runId", "mode", "agentVersion", "engineVersion",
        "packageId", "packageVersion", "packageSha256", "installations", "fixBefore", "healthBefore", "fixAfter", "healthAfter",
        "versions", "recovered", "failedChecks", "restartAttempts", "reason", "loadedModules", "ring",
    ];

    public static void Write(TextWriter csv, FleetReport fleet)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fleet);
        AppendRow(csv, Header);
        foreach (var host in fleet.Hosts)
        {
            AppendRow(csv, Row(host));
        }
    }

    /// <summary>The CSV as one string (small fleets, tests).</summary>
    public static string Write(FleetReport fleet)
    {
        using var csv = new StringWriter();
        Write(csv, fleet);
        return csv.ToString();
    }

    private static string[] Row(HostRun host) =>
    [
        host.Host,
        host.Outcome.ToName(),
        host.Outcome.NeedsAttention() ? "true" : "false",
        Time(host.StartedAt),
        Time(host.FinishedAt),
        host.RunId,
        host.Mode,
        host.AgentVersion,
        host.EngineVersion,
        host.PackageId,
        host.PackageVersion,
        host.PackageSha256,
        host.Installations.ToString(CultureInfo.InvariantCulture),
        host.FixBefore,
        host.HealthBefore,
        host.FixAfter,
        host.HealthAfter,
        host.Versions,
        host.Recovered,
        host.FailedChecks,
        host.RestartAttempts.ToString(CultureInfo.InvariantCulture),
        host.Reason,
        host.LoadedModules,
        host.Ring,
    ];

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static void AppendRow(TextWriter csv, IEnumerable<string> fields)
    {
        csv.Write(string.Join(",", fields.Select(CsvField.Quote)));
        csv.Write("\r\n");
    }
}
