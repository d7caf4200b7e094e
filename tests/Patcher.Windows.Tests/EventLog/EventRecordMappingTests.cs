using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Windows.EventLog;

namespace Patcher.Windows.Tests.EventLog;

public sealed class EventRecordMappingTests
{
    [Theory]
    [InlineData(0xC0001B7AL, ExchangeEvents.ServiceTerminatedUnexpectedly)] // SCM 7034, severity error
    [InlineData(0xC0001B77L, ExchangeEvents.ServiceTerminatedWithRecovery)] // SCM 7031
    [InlineData(0x40002452L, ExchangeEvents.MtaStarted)] // MTA 9298, severity informational
    [InlineData(9405L, ExchangeEvents.MtaUnexpectedError)]
    public void EventIdFromInstanceId_IsTheLow16Bits(long instanceId, int eventId) =>
        Assert.Equal(eventId, EventRecordMapping.EventIdFromInstanceId(instanceId));

    [Theory]
    [InlineData(1, EventLevel.Error)]
    [InlineData(2, EventLevel.Warning)]
    [InlineData(4, EventLevel.Information)]
    [InlineData(8, EventLevel.Information)] // success audit
    [InlineData(16, EventLevel.Information)] // failure audit
    public void LevelFromEntryType_MapsEventLogTypes(int entryType, EventLevel level) =>
        Assert.Equal(level, EventRecordMapping.LevelFromEntryType(entryType));

    [Fact]
    public void FitMessage_Short_IsUnchanged() => Assert.Equal("applied", EventRecordMapping.FitMessage("applied"));

    [Fact]
    public void FitMessage_TooLong_IsCutToTheLimitAndMarked()
    {
        var message = EventRecordMapping.FitMessage(new string('x', 40_000));

        Assert.Equal(EventRecordMapping.MaxMessageLength, message.Length);
        Assert.EndsWith("[truncated]", message, StringComparison.Ordinal);
    }
}
