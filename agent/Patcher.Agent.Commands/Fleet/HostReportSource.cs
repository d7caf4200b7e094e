using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The whole report of a run, read again when a view shows all of it (a host's page, the JSON's <c>hosts</c>): from the
/// <see cref="FleetIndex"/> when it holds the file as it is now, otherwise from the file, bounded and validated as the
/// first read was. One report at a time, so the fleet never holds more than one.
/// </summary>
internal sealed class HostReportSource(string folder, FleetIndex? index)
{
    /// <summary>
    /// The report of <paramref name="run"/> as host-report JSON: as the index stored it after validating it when it holds
    /// the file as it is now (the JSON's syntax is checked again by the writer), otherwise read and validated anew.
    /// </summary>
    public byte[]? Json(HostRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            var info = new FileInfo(Path.Combine(folder, run.File));
            if (index is not null && info.Exists && info.LinkTarget is null && index.Report(run.File, info.Length, info.LastWriteTimeUtc) is { } stored)
            {
                return stored;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Read the file instead.
        }

        return Load(run, out _) is { } report ? HostReportJson.Serialize(report) : null;
    }

    /// <summary>The report of <paramref name="run"/>; null, with the reason, when its file changed or went since it was read.</summary>
    public HostReport? Load(HostRun run, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(run);
        problem = null;
        try
        {
            var path = Path.Combine(folder, run.File);
            var info = new FileInfo(path);
            var stored = index is not null && info.Exists && info.LinkTarget is null ? index.Report(run.File, info.Length, info.LastWriteTimeUtc) : null;
            var report = HostReportJson.Deserialize(stored ?? FleetReportReader.ReadBounded(path));
            if (report.Host == run.Host && report.RunId == run.RunId && report.FinishedAt == run.FinishedAt)
            {
                return report;
            }

            problem = $"{run.File} changed while the fleet report was being made";
        }
        catch (HostReportFormatException exception)
        {
            problem = $"{run.File}: {exception.Message}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            problem = $"{run.File}: cannot read: {exception.Message}";
        }

        return null;
    }
}
