using Patcher.Agent.Scan;

namespace Patcher.Agent.Tests.Scan;

public sealed class HungAfterDurationTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("500ms", 0.5)]
    [InlineData("1.5m", 90)]
    [InlineData("00:15:00", 900)]
    [InlineData(" 5S ", 5)]
    public void TryParse_Duration_Parses(string text, double seconds)
    {
        Assert.True(HungAfterDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("0s")]
    [InlineData("-5m")]
    [InlineData("5x")]
    [InlineData("00:00:00")]
    [InlineData("8d")]
    [InlineData("1000h")]
    public void TryParse_NotAPositiveDuration_Fails(string text) => Assert.False(HungAfterDuration.TryParse(text, out _));
}
