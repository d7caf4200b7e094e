using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Discovery;

/// <summary>Event-log entries in a list.</summary>
internal sealed class FakeEventLog : IEventLog
{
    public List<EventLogEntry> Entries { get; } = [];

    public IReadOnlyList<EventLogEntry> Read(string logName, DateTimeOffset since) =>
        [.. Entries.Where(e => e.LogName == logName && e.TimeGenerated >= since).OrderBy(e => e.TimeGenerated)];

    public void Write(EventLogEntry entry) => Entries.Add(entry);
}
