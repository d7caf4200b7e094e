using System.ComponentModel;
using System.Security;

namespace Patcher.Core.Platform;

/// <summary>
/// The one way the agent reads an event log: a log that cannot be read (the Event Log service stopped, access denied,
/// Wine's "Cannot open log System on computer '.'") makes the evidence that needs it unknown, with the reason, and
/// never stops a command.
/// </summary>
public static class GuardedEventLog
{
    /// <summary>The entries of <paramref name="logName"/> written at or after <paramref name="since"/>, or why there are none.</summary>
    public static EventLogRead TryRead(this IEventLog eventLog, string logName, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(eventLog);
        try
        {
            return new EventLogRead(eventLog.Read(logName, since), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Win32Exception or SecurityException)
        {
            return new EventLogRead([], $"the {logName} event log could not be read ({e.Message})");
        }
    }
}
