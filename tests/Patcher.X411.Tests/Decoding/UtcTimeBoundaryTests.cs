using Patcher.X411.Decoding;

namespace Patcher.X411.Tests.Decoding;

public sealed class UtcTimeBoundaryTests
{
    /// <summary>Valid as written, but outside 1950..2049 once in UTC: re-encoding would move it by a century.</summary>
    [Theory]
    [InlineData("491231235959-0100")]
    [InlineData("5001010000+0100")]
    public void TryParse_InstantOutsideTheCenturyInUtc_IsFieldOutOfRange(string text)
    {
        Assert.False(UtcTime.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _, out var error));
        Assert.Equal(UtcTimeError.FieldOutOfRange, error);
    }

    [Theory]
    [InlineData("491231225959-0100", "2049-12-31T23:59:59Z")]
    [InlineData("5001010100+0100", "1950-01-01T00:00:00Z")]
    public void TryParse_InstantInsideTheCenturyInUtc_IsValid(string text, string utc)
    {
        Assert.True(UtcTime.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var value, out _));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), value);
    }
}
