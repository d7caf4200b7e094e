using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Platform;
using Patcher.Lab.EventLog;

namespace Patcher.Lab.Tests.EventLog;

public sealed class LabEventLogTests : IDisposable
{
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Read_ReturnsEntriesSinceATime_OldestFirst()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var log = new LabEventLog(Path.Combine(_lab.Root, "eventlog"));
        var first = time.GetUtcNow();
        log.Write(new EventLogEntry(EventLogEntry.SystemLog, "Service Control Manager", 7034, EventLevel.Error, first.AddSeconds(2), "second"));
        log.Write(new EventLogEntry(EventLogEntry.SystemLog, "Service Control Manager", 7031, EventLevel.Error, first, "first"));
        log.Write(new EventLogEntry(EventLogEntry.ApplicationLog, "MSExchangeMTA", 9298, EventLevel.Information, first, "mta"));

        Assert.Equal(["first", "second"], log.Read(EventLogEntry.SystemLog, first).Select(e => e.Message));
        Assert.Equal(["second"], log.Read(EventLogEntry.SystemLog, first.AddSeconds(1)).Select(e => e.Message));
        Assert.Single(log.Read(EventLogEntry.ApplicationLog, first));
    }

    [Fact]
    public void Write_UnknownLog_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new LabEventLog(_lab.Root).Write(new EventLogEntry("Security", "x", 1, EventLevel.Information, DateTimeOffset.UnixEpoch, "")));
}
