namespace Patcher.Core.Platform;

/// <summary>The event log, narrowed to what the agent needs.</summary>
public interface IEventLog
{
    /// <summary>The entries of <paramref name="logName"/> written at or after <paramref name="since"/>, oldest first.</summary>
    IReadOnlyList<EventLogEntry> Read(string logName, DateTimeOffset since);

    /// <summary>Writes an entry (the agent's own events).</summary>
    void Write(EventLogEntry entry);
}
