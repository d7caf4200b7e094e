using System.ComponentModel;
using Patcher.Core.Platform;
using Patcher.Core.Tests.Discovery;

namespace Patcher.Core.Tests.Platform;

public sealed class GuardedEventLogTests
{
    private static readonly DateTimeOffset Since = new(2000, 1, 3, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<Exception> Unreadable => new()
    {
        new InvalidOperationException("Cannot open log System on computer '.'."), // Wine; the Event Log service stopped
        new UnauthorizedAccessException("Access is denied."),
        new Win32Exception(5),
        new IOException("The RPC server is unavailable."),
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void TryRead_LogCannotBeRead_NoEntriesAndTheReason(Exception failure)
    {
        var log = new FakeEventLog { ReadFailure = failure };

        var read = log.TryRead(EventLogEntry.SystemLog, Since);

        Assert.False(read.Readable);
        Assert.Empty(read.Entries);
        Assert.Equal($"the System event log could not be read ({failure.Message})", read.Problem);
    }

    [Fact]
    public void TryRead_Readable_TheEntries()
    {
        var log = new FakeEventLog();
        log.Write(new EventLogEntry(EventLogEntry.SystemLog, "Service Control Manager", 7034, EventLevel.Error, Since.AddMinutes(1), "MSExchangeMTA terminated unexpectedly."));

        var read = log.TryRead(EventLogEntry.SystemLog, Since);

        Assert.True(read.Readable);
        Assert.Equal(7034, Assert.Single(read.Entries).EventId);
    }

    [Fact]
    public void TryRead_ABugInThePlatform_IsNotHidden()
    {
        var log = new FakeEventLog { ReadFailure = new ArgumentNullException("logName") };

        Assert.Throws<ArgumentNullException>(() => log.TryRead(EventLogEntry.SystemLog, Since));
    }
}
