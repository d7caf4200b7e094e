using Patcher.Core.Files;

namespace Patcher.Core.Reporting;

/// <summary>
/// Reads a folder (or share) of host reports into a <see cref="FleetReport"/>: every <c>*.json</c> file at its top level
/// except dot-files (temporaries of a writer mid-rename); for each host (case-insensitive) the report that finished last
/// wins. A file that cannot be read or is not a valid report becomes a <see cref="FleetReportProblem"/>.
/// </summary>
public static class FleetReportReader
{
    /// <summary>The largest file read as a report; a host report is a few kilobytes.</summary>
    public const long MaxReportBytes = 16 * 1024 * 1024;

    /// <summary>Reads <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be listed.</exception>
    public static FleetReport Read(string folder, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(time);
        if (ExpectedFolder.Problem(folder) is { } problem)
        {
            throw new DirectoryNotFoundException($"The report folder '{folder}' {problem}.");
        }

        var reports = new List<HostReport>();
        var problems = new List<FleetReportProblem>();
        var files = Directory.EnumerateFiles(folder, "*" + HostReportFileName.Extension, SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            try
            {
                reports.Add(HostReportJson.Deserialize(ReadBounded(file)));
            }
            catch (HostReportFormatException exception)
            {
                problems.Add(new FleetReportProblem(name, exception.Code, exception.Message));
            }
            catch (FileRefusedException exception)
            {
                problems.Add(new FleetReportProblem(name, FleetReportProblem.Unreadable, $"{FleetReportProblem.Unreadable}: not read: {exception.Reason}"));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add(new FleetReportProblem(name, FleetReportProblem.Unreadable, $"{FleetReportProblem.Unreadable}: cannot read: {exception.Message}"));
            }
        }

        var newest = reports
            .GroupBy(r => r.Host.ToUpperInvariant(), StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.StartedAt).ThenByDescending(r => r.RunId, StringComparer.Ordinal).First())
            .OrderBy(r => r.Host, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new FleetReport(folder, time.GetUtcNow(), newest, problems, reports.Count);
    }

    /// <summary>
    /// The report's bytes: a regular file, never through a link (one to <c>/dev/zero</c>, say), streamed and never past
    /// <see cref="MaxReportBytes"/>; an empty file is no report.
    /// </summary>
    private static byte[] ReadBounded(string file)
    {
        var bytes = BoundedFile.Read(file, MaxReportBytes, refuseLinks: true);
        return bytes.Length == 0 ? throw new FileRefusedException(file, "is empty, not a host report", null) : bytes;
    }
}
