using System.Globalization;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// Reads a folder (or share) of host reports into a <see cref="FleetReport"/>: every <c>*.json</c> file at its top level
/// except dot-files (temporaries of a writer mid-rename); for each host (case-insensitive) the report that finished last
/// wins. A file that cannot be read or is not a valid report becomes a <see cref="FleetReportProblem"/>.
/// </summary>
internal static class FleetReportReader
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
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The report folder '{folder}' does not exist.");
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
    /// The report's bytes, read only from a regular file and never past <see cref="MaxReportBytes"/>: a symbolic link
    /// (to <c>/dev/zero</c>, say) is refused unfollowed, and a file whose length says 0 (empty, a FIFO that would block
    /// the open, a device) is refused unopened; what is read is streamed and capped, so a file that grows meanwhile
    /// cannot exhaust memory either.
    /// </summary>
    private static byte[] ReadBounded(string file)
    {
        var info = new FileInfo(file);
        if (info.LinkTarget is not null)
        {
            throw new IOException($"it is a symbolic link (to {info.LinkTarget}), not a host report");
        }

        if (info.Length == 0)
        {
            throw new IOException("it is empty, or not a regular file (a pipe or a device)");
        }

        if (info.Length > MaxReportBytes)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{info.Length} bytes is over the {MaxReportBytes}-byte limit for a host report"));
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var buffer = new MemoryStream((int)info.Length);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxReportBytes)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"it grew past the {MaxReportBytes}-byte limit for a host report while being read"));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
