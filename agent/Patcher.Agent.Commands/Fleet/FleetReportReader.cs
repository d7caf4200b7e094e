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
        var names = Directory.EnumerateFiles(folder, "*" + HostReportFileName.Extension, SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var runs = new ReadRun?[names.Length];
        var problems = new List<FleetReportProblem>();

        // First what the index holds (no file read), then the rest read and parsed, each once: the order of the files
        // decides nothing but ties, and it is kept.
        var unread = new List<int>();
        for (var i = 0; i < names.Length; i++)
        {
            if (Known(folder, names[i]!, index, strings) is { } known)
            {
                runs[i] = known;
            }
            else
            {
                unread.Add(i);
            }
        }

        var newest = NewestOf(runs);
        ReadAll(folder, names!, unread, runs, problems, index, strings, newest);

        // A run the index held without its views (it was not its host's newest when read) that is the newest now.
        while (NewestOf(runs).Values.Where(r => !r.HasViews).Select(r => Array.IndexOf(runs, r)).ToArray() is { Length: > 0 } bare)
        {
            ReadAll(folder, names!, [.. bare], runs, problems, index, strings, NewestOf([.. runs.Where(r => r is not null && r.HasViews)]));
        }

        index?.Commit(names!);
        var all = runs.Where(r => r is not null).Select(r => r!.Run).ToList();
        all.Sort((a, b) => a.FinishedAt.CompareTo(b.FinishedAt));
        var hosts = NewestOf(runs).Values.Select(r => r.Run).OrderBy(r => r.Host, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Host, StringComparer.Ordinal).ToArray();
        problems.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return new FleetReport(folder, time.GetUtcNow(), hosts, all, problems, index is null ? HostReportSource.None : new HostReportSource(index, folder));
    }

    /// <summary>Whether <paramref name="run"/> is a later state of its host than <paramref name="current"/>: finished later, then started later, then the greater run id.</summary>
    internal static bool IsNewer(HostRun run, HostRun current)
    {
        var order = (run.FinishedAt, run.StartedAt).CompareTo((current.FinishedAt, current.StartedAt));
        return order != 0 ? order > 0 : string.CompareOrdinal(run.RunId, current.RunId) > 0;
    }

    /// <summary>The run of <paramref name="name"/> as the index holds it for the file as it is now; null when the file must be read.</summary>
    private static ReadRun? Known(string folder, string name, FleetIndex? index, FleetStrings strings)
    {
        if (index is null)
        {
            return null;
        }

        var info = new FileInfo(Path.Combine(folder, name));
        return info.Exists && info.LinkTarget is null && info.Length > 0 && index.Find(name, info.Length, info.LastWriteTimeUtc) is { } known
            ? new ReadRun(known.Run.Interned(strings) with { FileSize = info.Length, FileTicks = info.LastWriteTimeUtc.Ticks }, known.HasViews)
            : null;
    }

    /// <summary>
    /// Reads and parses the files at <paramref name="positions"/>, in that order, reduces each to its run, makes the views of
    /// a run no run of its host read so far is newer than (only such a run can end as its newest; an older one is never
    /// shown in full), and stores it in the index.
    /// </summary>
    private static void ReadAll(string folder, string[] names, IReadOnlyList<int> positions, ReadRun?[] runs, List<FleetReportProblem> problems, FleetIndex? index, FleetStrings strings, Dictionary<string, ReadRun> newest)
    {
        foreach (var position in positions)
        {
            var name = names[position];
            runs[position] = null;
            HostReport report;
            long size;
            DateTime time;
            try
            {
                var info = new FileInfo(Path.Combine(folder, name));
                (size, time) = (info.Length, info.LastWriteTimeUtc);
                report = HostReportJson.Deserialize(ReadBounded(info.FullName));
            }
            catch (Exception exception) when (Problem(name, exception) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            var run = HostRun.Of(name, report, strings) with { FileSize = size, FileTicks = time.Ticks };
            var hasViews = index is not null && (!newest.TryGetValue(run.HostKey, out var current) || !IsNewer(current.Run, run));
            index?.Store(run, size, time, hasViews ? HostReportJson.Serialize(report) : null, hasViews ? HostPageWriter.Detail(report) : null);
            var read = new ReadRun(run, hasViews || index is null);
            runs[position] = read;
            if (!newest.TryGetValue(run.HostKey, out current) || IsNewer(run, current.Run))
            {
                newest[run.HostKey] = read;
            }
        }
    }

    /// <summary>The problem a file that could not be used is, or null for an exception no file explains.</summary>
    private static FleetReportProblem? Problem(string name, Exception exception) => exception switch
    {
        HostReportFormatException format => new FleetReportProblem(name, format.Code, format.Message),
        FileRefusedException refused => new FleetReportProblem(name, FleetReportProblem.Unreadable, $"{FleetReportProblem.Unreadable}: not read: {refused.Reason}"),
        IOException or UnauthorizedAccessException => new FleetReportProblem(name, FleetReportProblem.Unreadable, $"{FleetReportProblem.Unreadable}: cannot read: {exception.Message}"),
        _ => null,
    };

    /// <summary>The newest run of each host (by <see cref="IsNewer"/>; of equals, the first file), from runs in file order.</summary>
    private static Dictionary<string, ReadRun> NewestOf(IEnumerable<ReadRun?> runs)
    {
        var newest = new Dictionary<string, ReadRun>(StringComparer.Ordinal);
        foreach (var read in runs)
        {
            if (read is not null && (!newest.TryGetValue(read.Run.HostKey, out var current) || IsNewer(read.Run, current.Run)))
            {
                newest[read.Run.HostKey] = read;
            }
        }

        return newest;
    }

    /// <summary>A run read, and whether its views are kept (always, without an index: none are wanted then).</summary>
    private sealed record ReadRun(HostRun Run, bool HasViews);

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
