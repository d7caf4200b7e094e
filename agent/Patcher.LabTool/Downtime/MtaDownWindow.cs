using System.Globalization;

namespace Patcher.LabTool.Downtime;

/// <summary>
/// One time the MTA was not running, read from the lab SCM daemon's own log (<c>scm/scm.log</c>): from the line where it
/// accepted the stop (the service leaves RUNNING for STOP_PENDING) to the line where the restarted process reported
/// SERVICE_RUNNING. Both times are the daemon's, so how often a client polls does not blur either end. Between them, the
/// daemon also logs when the old process exited and when the start was asked: the gap between those two is the agent's.
/// </summary>
internal sealed record MtaDownWindow(DateTimeOffset Left, DateTimeOffset Exited, DateTimeOffset StartAsked, DateTimeOffset Back)
{
    /// <summary>How long the service was not running.</summary>
    public TimeSpan Length => Back - Left;

    /// <summary>The service's own stop: from the stop to its process's exit.</summary>
    public TimeSpan Stopping => Exited - Left;

    /// <summary>Whoever restarts it: from the old process's exit to the start being asked.</summary>
    public TimeSpan Gap => StartAsked - Exited;

    /// <summary>The service's own start: from the start being asked to SERVICE_RUNNING.</summary>
    public TimeSpan Starting => Back - StartAsked;

    /// <summary>
    /// The first window of <paramref name="service"/> that begins in the log after byte <paramref name="from"/>: its
    /// <c>stop NAME:</c> line, then its <c>exited NAME:</c>, <c>start NAME:</c> and <c>running NAME:</c> lines; null when
    /// the log has no such sequence.
    /// </summary>
    public static MtaDownWindow? Find(string scmLog, long from, string service)
    {
        DateTimeOffset? left = null, exited = null, asked = null;
        foreach (var line in ReadFrom(scmLog, from))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !DateTimeOffset.TryParse(line.AsSpan(0, space), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
            {
                continue;
            }

            var what = line.AsSpan(space + 1);
            if (left is null && what.StartsWith($"stop {service}:", StringComparison.OrdinalIgnoreCase))
            {
                left = at;
            }
            else if (left is not null && exited is null && what.StartsWith($"exited {service}:", StringComparison.OrdinalIgnoreCase))
            {
                exited = at;
            }
            else if (exited is not null && asked is null && what.StartsWith($"start {service}:", StringComparison.OrdinalIgnoreCase))
            {
                asked = at;
            }
            else if (asked is not null && what.StartsWith($"running {service}:", StringComparison.OrdinalIgnoreCase))
            {
                return new MtaDownWindow(left!.Value, exited!.Value, asked.Value, at);
            }
        }

        return null;
    }

    /// <summary>The log's length now: where the next window is looked for.</summary>
    public static long End(string scmLog) => File.Exists(scmLog) ? new FileInfo(scmLog).Length : 0;

    private static IEnumerable<string> ReadFrom(string path, long from)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Min(from, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
