using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The views of a run's whole report (its JSON entry in the fleet JSON's <c>hosts</c>, its detail on its host's page), made
/// when the report was read, once, and kept in the <see cref="FleetIndex"/> (compressed) until they are written: the fleet
/// never holds more than one report, and no report is read twice. A stored view that does not decompress (a damaged
/// index) is made again from its file, as it was read (same size and time), and stored again.
/// </summary>
internal sealed class HostReportSource(FleetIndex? index, string? folder = null)
{
    /// <summary>No views kept (the table and the CSV need none).</summary>
    public static readonly HostReportSource None = new(null);

    /// <summary>
    /// The report of <paramref name="run"/> as host-report JSON, as re-serialized after it was validated (the JSON's syntax
    /// is checked again by the writer); null when not kept, or when damaged in the index and its file changed since.
    /// </summary>
    public byte[]? Json(HostRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (index is null)
        {
            return null;
        }

        try
        {
            return index.Entry(run.File);
        }
        catch (InvalidDataException)
        {
            return Remade(run)?.Entry;
        }
    }

    /// <summary>The report of <paramref name="run"/> in full on its host's page, HTML; null when not kept, or when damaged in the index and its file changed since.</summary>
    public string? Detail(HostRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (index is null)
        {
            return null;
        }

        byte[]? html;
        try
        {
            html = index.Detail(run.File);
        }
        catch (InvalidDataException)
        {
            html = Remade(run)?.Detail;
        }

        return html is null ? null : System.Text.Encoding.UTF8.GetString(html);
    }

    /// <summary>The views of <paramref name="run"/> made again from its file, stored again; null when the file is not as it was read.</summary>
    private (byte[] Entry, byte[] Detail)? Remade(HostRun run)
    {
        if (index is null || folder is null)
        {
            return null;
        }

        try
        {
            var info = new FileInfo(Path.Combine(folder, run.File));
            if (!info.Exists || info.Length != run.FileSize || info.LastWriteTimeUtc.Ticks != run.FileTicks)
            {
                return null;
            }

            var report = HostReportJson.Deserialize(FleetReportReader.ReadBounded(info.FullName));
            var views = (HostReportJson.Serialize(report), HostPageWriter.Detail(report));
            index.StoreViews(run.File, views.Item1, views.Item2);
            return views;
        }
        catch (Exception exception) when (exception is HostReportFormatException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
