namespace Patcher.Agent.Fleet;

/// <summary>
/// The views of a run's whole report (its JSON entry in the fleet JSON's <c>hosts</c>, its detail on its host's page), made
/// when the report was read, once, and kept in the <see cref="FleetIndex"/> until they are written: the fleet never
/// holds more than one report, and no report is read twice.
/// </summary>
internal sealed class HostReportSource(FleetIndex? index)
{
    /// <summary>No views kept (the table and the CSV need none).</summary>
    public static readonly HostReportSource None = new(null);

    /// <summary>
    /// The report of <paramref name="run"/> as host-report JSON, as re-serialized after it was validated (the JSON's syntax
    /// is checked again by the writer); null when not kept.
    /// </summary>
    public byte[]? Json(HostRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return index?.Entry(run.File);
    }

    /// <summary>The report of <paramref name="run"/> in full on its host's page, HTML; null when not kept.</summary>
    public string? Detail(HostRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return index?.Detail(run.File) is { } html ? System.Text.Encoding.UTF8.GetString(html) : null;
    }
}
