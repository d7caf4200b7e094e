using System.Globalization;
using Patcher.Core.Files;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// Reads a folder (or share) of host reports into a <see cref="FleetReport"/>, one file at a time: every <c>*.json</c>
/// file at its top level except dot-files (temporaries of a writer mid-rename). Each report is read and parsed once and
/// reduced at once to its <see cref="HostRun"/>, so memory grows with the runs' summaries, not with the reports; for each
/// host (case-insensitive) the run that finished last is its current state. With a <see cref="FleetIndex"/>, a report
/// that may be its host's newest (the newest of its host read so far) also leaves its views there, its JSON entry and its
/// host-page detail, for the writers; a file the index already holds for its size and time (with its views, if it needs
/// them) is not read at all. A file that cannot be read or is not a valid report becomes a
/// <see cref="FleetReportProblem"/>.
/// </summary>
internal static class FleetReportReader
{
    /// <summary>The largest file read as a report; a host report is a few kilobytes.</summary>
    public const long MaxReportBytes = 16 * 1024 * 1024;

    /// <summary>Reads <paramref name="folder"/>, taking what <paramref name="index"/> holds and adding what it lacks (views included).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be listed.</exception>
    public static FleetReport Read(string folder, TimeProvider time, FleetIndex? index = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(time);
        if (ExpectedFolder.Problem(folder) is { } problem)
        {
            throw new DirectoryNotFoundException($"The report folder '{folder}' {problem}.");
        }

        var strings = new FleetStrings();
        var runs = new List<HostRun>();
        var newest = new Dictionary<string, HostRun>(StringComparer.Ordinal);
        var problems = new List<FleetReportProblem>();
        var names = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*" + HostReportFileName.Extension, SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            names.Add(name);
            try
            {
                var run = ReadRun(file, name, index, strings, newest);
                runs.Add(run);
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

        index?.Commit(names);
        runs.Sort((a, b) => a.FinishedAt.CompareTo(b.FinishedAt));
        var hosts = newest.Values.OrderBy(r => r.Host, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Host, StringComparer.Ordinal).ToArray();
        return new FleetReport(folder, time.GetUtcNow(), hosts, runs, problems, index is null ? HostReportSource.None : new HostReportSource(index));
    }

    /// <summary>Whether <paramref name="run"/> is a later state of its host than <paramref name="current"/>: finished later, then started later, then the greater run id.</summary>
    internal static bool IsNewer(HostRun run, HostRun current)
    {
        var order = (run.FinishedAt, run.StartedAt).CompareTo((current.FinishedAt, current.StartedAt));
        return order != 0 ? order > 0 : string.CompareOrdinal(run.RunId, current.RunId) > 0;
    }

    /// <summary>
    /// The run in <paramref name="file"/>, from the index when it holds the file as it is now (and its views, when the run is
    /// the newest of its host so far); otherwise read, parsed and validated once, its views made then and there. Updates
    /// <paramref name="newest"/>.
    /// </summary>
    private static HostRun ReadRun(string file, string name, FleetIndex? index, FleetStrings strings, Dictionary<string, HostRun> newest)
    {
        var info = new FileInfo(file);
        var (size, ticks) = (info.Length, info.LastWriteTimeUtc.Ticks);
        if (index is not null && info.LinkTarget is null && size > 0 && index.Find(name, size, info.LastWriteTimeUtc) is { } known)
        {
            var indexed = known.Run.Interned(strings) with { FileSize = size, FileTicks = ticks };
            if (!IsNewestSoFar(indexed, newest))
            {
                return indexed;
            }

            if (known.HasViews)
            {
                newest[indexed.HostKey] = indexed;
                return indexed;
            }
        }

        var report = HostReportJson.Deserialize(ReadBounded(file));
        var run = HostRun.Of(name, report, strings) with { FileSize = size, FileTicks = ticks };
        // Only a run that may be its host's newest needs its views; an older one is never shown in full.
        var isNewest = IsNewestSoFar(run, newest);
        index?.Store(run, size, info.LastWriteTimeUtc, isNewest ? HostReportJson.Serialize(report) : null, isNewest ? HostPageWriter.Detail(report) : null);
        if (isNewest)
        {
            newest[run.HostKey] = run;
        }

        return run;
    }

    /// <summary>Whether <paramref name="run"/> is newer than every run of its host read so far (only such a run can end as its newest).</summary>
    private static bool IsNewestSoFar(HostRun run, Dictionary<string, HostRun> newest) =>
        !newest.TryGetValue(run.HostKey, out var current) || IsNewer(run, current);

    /// <summary>
    /// The report's bytes: a regular file, never through a link (one to <c>/dev/zero</c>, say), streamed and never past
    /// <see cref="MaxReportBytes"/>; an empty file is no report.
    /// </summary>
    internal static byte[] ReadBounded(string file)
    {
        var bytes = BoundedFile.Read(file, MaxReportBytes, refuseLinks: true);
        return bytes.Length == 0 ? throw new FileRefusedException(file, "is empty, not a host report", null) : bytes;
    }
}
