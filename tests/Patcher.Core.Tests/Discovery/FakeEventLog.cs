using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Discovery;

/// <summary>Event-log entries in a list.</summary>
internal sealed class FakeEventLog : IEventLog
{
    public List<EventLogEntry> Entries { get; } = [];

    /// <summary>What every read throws, as Windows does with the Event Log service stopped (and Wine always); null reads.</summary>
    public Exception? ReadFailure { get; set; }

    public IReadOnlyList<EventLogEntry> Read(string logName, DateTimeOffset since) => ReadFailure is { } failure
        ? throw failure
        : [.. Entries.Where(e => e.LogName == logName && e.TimeGenerated >= since).OrderBy(e => e.TimeGenerated)];

    public void Write(EventLogEntry entry) => Entries.Add(entry);
}
