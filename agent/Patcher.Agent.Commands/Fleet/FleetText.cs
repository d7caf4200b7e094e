using System.Globalization;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>The sentences every fleet view shares, so the table, the HTML and the summary line say the same thing.</summary>
internal static class FleetText
{
    /// <summary>A time as <c>2000-01-03 09:00:00</c> (UTC).</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>E.g. <c>12 hosts: 1 failed, 2 rolled-back, 9 compliant</c> (outcomes with no host left out).</summary>
    public static string Counts(FleetReport fleet)
    {
        var counts = fleet.Counts.Where(c => c.Value > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key.ToName()}"));
        return string.Create(CultureInfo.InvariantCulture, $"{fleet.Hosts.Count} host{(fleet.Hosts.Count == 1 ? string.Empty : "s")}: {string.Join(", ", counts.DefaultIfEmpty("none"))}");
    }

    /// <summary>E.g. <c>compliance 75.0% (9 of 12 hosts the fix applies to)</c>.</summary>
    public static string Compliance(FleetReport fleet) => fleet.CompliancePercent is { } percent
        ? string.Create(CultureInfo.InvariantCulture, $"compliance {percent:0.0}% ({fleet.Compliant} of {fleet.Applicable} hosts the fix applies to)")
        : "compliance n/a (the fix applies to no host)";
}
