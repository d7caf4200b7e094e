using Patcher.Core.Platform;

namespace Patcher.Windows.EventLog;

/// <summary>From the classic event log's record fields to the agent's.</summary>
internal static class EventRecordMapping
{
    /// <summary>
    /// The event id as Event Viewer shows it: the low 16 bits of the instance id (the top bits carry severity and
    /// facility; the SCM's 7034 is instance id 0xC0001B7A).
    /// </summary>
    public static int EventIdFromInstanceId(long instanceId) => unchecked((int)(instanceId & 0xFFFF));

    /// <summary>EVENTLOG_ERROR_TYPE 1, EVENTLOG_WARNING_TYPE 2; information and the audit types read as information.</summary>
    public static EventLevel LevelFromEntryType(int entryType) => entryType switch
    {
        1 => EventLevel.Error,
        2 => EventLevel.Warning,
        _ => EventLevel.Information,
    };

    /// <summary>ReportEvent's limit on one message (31,839 characters); longer text is cut and marked.</summary>
    public const int MaxMessageLength = 31839;

    /// <summary>The message to write: cut to <see cref="MaxMessageLength"/> rather than refused.</summary>
    public static string FitMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Cut = " [truncated]";
        return message.Length <= MaxMessageLength ? message : message[..(MaxMessageLength - Cut.Length)] + Cut;
    }
}
