using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The fleet's state from a folder of host reports: the newest report per host, the files that could not be used, and
/// the counts the HTML, CSV and JSON views and the exit code are made from.
/// </summary>
/// <param name="Folder">The folder (or share) read.</param>
/// <param name="GeneratedAt">When the fleet report was made.</param>
/// <param name="Hosts">The newest run of each host, ordered by host name.</param>
/// <param name="Runs">Every valid run read, older ones included, ordered by when they finished.</param>
/// <param name="Problems">Files that could not be used, ordered by name.</param>
/// <param name="Reports">Where the whole report of a run is read again, for the views that show all of it.</param>
internal sealed record FleetReport(
    string Folder,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<HostRun> Hosts,
    IReadOnlyList<HostRun> Runs,
    IReadOnlyList<FleetReportProblem> Problems,
    HostReportSource Reports)
{
    /// <summary>How many valid host reports were read, older ones included.</summary>
    public int ReportsRead => Runs.Count;

    /// <summary>How many hosts ended with each outcome; every outcome is present, worst first.</summary>
    public IReadOnlyList<KeyValuePair<HostOutcome, int>> Counts =>
        [.. HostOutcomeNames.WorstFirst.Select(o => new KeyValuePair<HostOutcome, int>(o, Hosts.Count(h => h.Outcome == o)))];

    /// <summary>How many hosts the fix applies to (all but <c>not-applicable</c> and <c>no-mta</c>).</summary>
    public int Applicable => Hosts.Count(h => h.Outcome.FixApplies());

    /// <summary>How many hosts are compliant (<c>compliant</c> or <c>patched-recovered</c>).</summary>
    public int Compliant => Hosts.Count(h => h.Outcome.IsCompliant());

    /// <summary>Compliant hosts as a percentage of <see cref="Applicable"/> ones, one decimal; null when the fix applies to none.</summary>
    public double? CompliancePercent => Applicable == 0 ? null : Math.Round(100.0 * Compliant / Applicable, 1, MidpointRounding.AwayFromZero);

    /// <summary>The hosts an operator should look at, worst outcome first, then the most recent run first.</summary>
    public IReadOnlyList<HostRun> NeedsAttention =>
        [.. Hosts.Where(h => h.Outcome.NeedsAttention())
            .OrderByDescending(h => h.Outcome.Severity())
            .ThenByDescending(h => h.FinishedAt)
            .ThenBy(h => h.Host, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The worst outcome of any host; null when there is none.</summary>
    public HostOutcome? Worst => HostOutcomeNames.Worst(Hosts.Select(h => h.Outcome));
}
