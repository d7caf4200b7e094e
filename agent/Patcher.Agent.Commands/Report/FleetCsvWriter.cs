using System.Globalization;
using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Report;

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
        "versions", "recovered", "failedChecks", "restartAttempts", "reason", "loadedModules",
    ];

    public static string Write(FleetReport fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var csv = new System.Text.StringBuilder();
        AppendRow(csv, Header);
        foreach (var host in fleet.Hosts)
        {
            AppendRow(csv, Row(host));
        }

        return csv.ToString();
    }

    private static string[] Row(HostReport host)
    {
        var lastRound = host.Verifications.Count == 0 ? null : host.Verifications[^1];
        return
        [
            host.Host,
            host.Outcome.ToName(),
            host.Outcome.NeedsAttention() ? "true" : "false",
            Time(host.StartedAt),
            Time(host.FinishedAt),
            host.RunId,
            host.Mode == RunMode.ScanOnly ? "scan-only" : "apply",
            host.AgentVersion,
            host.EngineVersion ?? string.Empty,
            host.Package?.Id ?? string.Empty,
            host.Package?.Version ?? string.Empty,
            host.Package?.Sha256 ?? string.Empty,
            host.Installations.Count.ToString(CultureInfo.InvariantCulture),
            Join(host, i => i.Before.Fix is { } f ? f.ToName() : string.Empty),
            Join(host, i => i.Before.Health.ToName()),
            Join(host, i => i.After?.Fix is { } f ? f.ToName() : string.Empty),
            Join(host, i => i.After is { } a ? a.Health.ToName() : string.Empty),
            HostFileVersions.Summary(host),
            lastRound is null ? string.Empty : lastRound.Recovered ? "true" : "false",
            string.Join(" ", host.Verifications.SelectMany(r => r.Checks.Where(c => !c.Held).Select(c => $"{r.Phase}:{c.Name}"))),
            host.RestartAttempts.Count.ToString(CultureInfo.InvariantCulture),
            host.OutcomeReason,
            HostLoadedModules.Summary(host),
        ];
    }

    private static string Join(HostReport host, Func<ReportedInstallation, string> value) =>
        string.Join(" | ", host.Installations.Select(value));

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static void AppendRow(System.Text.StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(",", fields.Select(CsvField.Quote))).Append("\r\n");
}
