using Patcher.X411.Decoding;

namespace Patcher.X411.Tests.Decoding;

public sealed partial class UtcTimeTests
{
    /// <summary>
    /// Validation checks the common form <c>YYMMDDhhmmssZ</c> twelve digits at a time: it must give every such text the
    /// verdict the full parse gives. Every month, day, hour, minute and second at and past its bounds, the years at the
    /// window's edges and leap years, and a non-digit (one past '9', one before '0') in each position.
    /// </summary>
    [Fact]
    public void Check_Validating_AgreesWithParseOnTheCommonForm()
    {
        var texts = new List<string>();
        foreach (var yy in new[] { "00", "04", "48", "49", "50", "51", "96", "99" })
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    foreach (var time in new[] { "000000", "235959", "240000", "236000", "235960", "120000" })
                    {
                        texts.Add($"{yy}{month:D2}{day:D2}{time}Z");
                    }
                }
            }
        }

        for (var position = 0; position < 12; position++)
        {
            foreach (var bad in new[] { ':', '/', ' ', 'Z' })
            {
                var chars = "991201101530Z".ToCharArray();
                chars[position] = bad;
                texts.Add(new string(chars));
            }
        }

        texts.AddRange(["991201101530z", "991201101530+", "9912011015300", "991201101530ZZ", "99120110153Z0"]);

        foreach (var text in texts)
        {
            var octets = System.Text.Encoding.ASCII.GetBytes(text);
            var valid = UtcTime.TryParse(octets, out _, out var parsed);

            Assert.True(parsed == UtcTime.Check(octets, materialize: false, out _), text);
            Assert.Equal(valid, parsed == UtcTimeError.None);
        }
    }

    /// <summary>
    /// Decoding builds a common-form time from its fields by counting ticks: every day of 1951..2048 (leap days and
    /// the window's last days included) at three times of day, and the texts of the test above, give exactly the
    /// instant and verdict the full parse gives.
    /// </summary>
    [Fact]
    public void Check_Decoding_BuildsTheInstantParseBuilds()
    {
        var texts = new List<string>();
        for (var date = new DateTime(1950, 12, 30); date < new DateTime(2049, 1, 3); date = date.AddDays(1))
        {
            foreach (var time in new[] { "000000", "235959", "101530" })
            {
                texts.Add($"{date:yyMMdd}{time}Z");
            }
        }

        texts.AddRange(["991301101530Z", "990229101530Z", "000229235959Z", "991201101560Z", "9912011015:0Z"]);
        foreach (var text in texts)
        {
            var octets = System.Text.Encoding.ASCII.GetBytes(text);
            var parsed = UtcTime.TryParse(octets, out var expected, out var error);

            Assert.Equal(error, UtcTime.Check(octets, materialize: true, out var built));
            Assert.Equal(parsed ? expected : default, built);
            Assert.Equal(expected.Offset, built.Offset);
        }
    }
}
