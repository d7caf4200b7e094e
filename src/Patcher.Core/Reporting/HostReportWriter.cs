using Patcher.Core.Platform;

namespace Patcher.Core.Reporting;

/// <summary>
/// Writes a host report where operators look for it: the local folder first (it must survive whatever the network does),
/// then the report share when one is configured, then the same story as Application-log entries under source
/// <c>Patcher</c>. A failure of one never stops the others; all are in the <see cref="HostReportWriteResult"/>.
/// </summary>
public sealed class HostReportWriter
{
    private readonly HostReportWriterOptions _options;
    private readonly IEventLog _eventLog;
    private readonly TimeProvider _time;

    /// <summary>A writer to <paramref name="options"/>' folders and <paramref name="eventLog"/>, stamping entries with <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentException">An option is unusable.</exception>
    public HostReportWriter(HostReportWriterOptions options, IEventLog eventLog, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(eventLog);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _eventLog = eventLog;
        _time = time;
    }

    /// <summary>Writes <paramref name="report"/> locally, to the share, and to the event log.</summary>
    /// <exception cref="HostReportFormatException">The report is invalid (it would not read back); nothing is written.</exception>
    public HostReportWriteResult Write(HostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = HostReportJson.Serialize(report);
        var fileName = HostReportFileName.For(report);
        var (localPath, localError) = TryWrite(_options.LocalFolder, fileName, json);
        var (sharePath, shareError) = _options.ShareFolder is { } share ? TryWrite(share, fileName, json) : (null, null);

        var entries = HostReportStory.Tell(report, _time.GetUtcNow()).ToList();
        var now = _time.GetUtcNow();
        entries.Add(localError is null
            ? Entry(HostReportEvents.ReportWritten, EventLevel.Information, now, $"Host report written to {localPath}{(sharePath is null ? string.Empty : $" and {sharePath}")}.", report)
            : Entry(HostReportEvents.ReportLocalFailed, EventLevel.Error, now, $"Host report could not be written to {_options.LocalFolder}: {localError}", report));
        if (shareError is not null)
        {
            entries.Add(Entry(HostReportEvents.ReportShareFailed, EventLevel.Warning, now,
                $"Host report could not be written to the report share {_options.ShareFolder}: {shareError} {(localPath is null ? "No local copy either." : $"The local copy is {localPath}.")}", report));
        }

        return new HostReportWriteResult(fileName, localPath, localError, sharePath, shareError, TryLog(entries));
    }

    private static (string? Path, string? Error) TryWrite(string folder, string fileName, byte[] json)
    {
        try
        {
            return (ReportFile.Write(folder, fileName, json), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return (null, exception.Message);
        }
    }

    private static EventLogEntry Entry(int id, EventLevel level, DateTimeOffset at, string message, HostReport report) =>
        new(EventLogEntry.ApplicationLog, HostReportEvents.Source, id, level, at, $"{message}{Environment.NewLine}Run {report.RunId} on {report.Host}.");

    private string? TryLog(IEnumerable<EventLogEntry> entries)
    {
        string? firstError = null;
        foreach (var entry in entries)
        {
            try
            {
                _eventLog.Write(entry);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or System.Security.SecurityException)
            {
                // Keep telling the rest of the story: one refused entry must not hide the outcome.
                firstError ??= $"event {entry.EventId}: {exception.Message}";
            }
        }

        return firstError;
    }
}
