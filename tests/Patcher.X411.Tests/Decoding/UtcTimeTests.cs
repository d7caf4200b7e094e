using System.Globalization;
using Patcher.X411.Decoding;

namespace Patcher.X411.Tests.Decoding;

public sealed partial class UtcTimeTests
{
    [Theory]
    [InlineData("9912011015Z", "1999-12-01T10:15:00Z")]
    [InlineData("991201101530Z", "1999-12-01T10:15:30Z")]
    [InlineData("9912011015+0130", "1999-12-01T10:15:00+01:30")]
    [InlineData("991201101530-0500", "1999-12-01T10:15:30-05:00")]
    [InlineData("500101000000Z", "1950-01-01T00:00:00Z")]
    [InlineData("491231235959Z", "2049-12-31T23:59:59Z")]
    [InlineData("000229000000Z", "2000-02-29T00:00:00Z")]
    [InlineData("9912011015+1400", "1999-12-01T10:15:00+14:00")]
    public void TryParse_ValidForm_GivesTheTimeAndOffset(string text, string expected)
    {
        var time = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);

        var ok = UtcTime.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var value, out var error);

        Assert.True(ok);
        Assert.Equal(UtcTimeError.None, error);
        Assert.Equal(time, value);
        Assert.Equal(time.Offset, value.Offset);
    }

    [Theory]
    [InlineData("", UtcTimeError.Empty)]
    [InlineData("99120110Z", UtcTimeError.TooShort)]
    [InlineData("9912011015", UtcTimeError.TooShort)]
    [InlineData("99120a1015Z", UtcTimeError.NonDigit)]
    [InlineData("99120110153Z", UtcTimeError.NonDigit)]
    [InlineData("9913011015Z", UtcTimeError.FieldOutOfRange)]
    [InlineData("9912321015Z", UtcTimeError.FieldOutOfRange)]
    [InlineData("0002301015Z", UtcTimeError.FieldOutOfRange)]
    [InlineData("9902291015Z", UtcTimeError.FieldOutOfRange)]
    [InlineData("9912012415Z", UtcTimeError.FieldOutOfRange)]
    [InlineData("9912011060Z", UtcTimeError.FieldOutOfRange)]
    [InlineData("991201101560Z", UtcTimeError.FieldOutOfRange)]
    [InlineData("9912011015X", UtcTimeError.BadZone)]
    [InlineData("9912011015z", UtcTimeError.BadZone)]
    [InlineData("9912011015+1401", UtcTimeError.BadZone)]
    [InlineData("9912011015-0060", UtcTimeError.BadZone)]
    [InlineData("9912011015+01", UtcTimeError.BadZone)]
    [InlineData("99120110153", UtcTimeError.BadZone)]
    [InlineData("991201101530", UtcTimeError.BadZone)]
    [InlineData("9912011015Z0", UtcTimeError.TrailingCharacters)]
    [InlineData("9912011015+01000", UtcTimeError.TrailingCharacters)]
    public void TryParse_MalformedValue_SaysWhy(string text, UtcTimeError expected)
    {
        var ok = UtcTime.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var value, out var error);

        Assert.False(ok);
        Assert.Equal(expected, error);
        Assert.Equal(default, value);
        Assert.NotEmpty(UtcTime.Describe(error));
    }
}
