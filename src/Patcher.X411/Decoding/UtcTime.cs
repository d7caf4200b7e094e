using System.Buffers.Binary;

namespace Patcher.X411.Decoding;

/// <summary>
/// Parses UTCTime (X.680 47.3): <c>YYMMDDhhmm[ss]</c> then <c>Z</c> or <c>+hhmm</c> / <c>-hhmm</c>. Seconds are
/// optional in BER. Every arrival time in P1 is one of these; the unpatched MTA trusted them blindly (KB Q248732).
/// </summary>
public static class UtcTime
{
    /// <summary>The longest UTCTime: <c>YYMMDDhhmmss+hhmm</c>.</summary>
    public const int MaxLength = 17;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value, out UtcTimeError error)
    {
        error = Parse(text, materialize: true, out value);
        return error == UtcTimeError.None;
    }

    /// <summary>
    /// Checks <paramref name="text"/> like <see cref="TryParse"/>; the value is built only when
    /// <paramref name="materialize"/> is set (validation needs only the verdict).
    /// </summary>
    internal static UtcTimeError Check(ReadOnlySpan<byte> text, bool materialize, out DateTimeOffset value)
    {
        if (IsValidCommonForm(text, materialize, out value))
        {
            return UtcTimeError.None;
        }

        return Parse(text, materialize, out value);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a valid UTCTime in the form nearly every MTA writes, <c>YYMMDDhhmmssZ</c>,
    /// with a year inside 1951..2048 (so no zone can move it out of the window): twelve digits checked at once, eight and
    /// four octets to a register. False says nothing: <see cref="Parse"/> then decides, and accepts all this accepts.
    /// When <paramref name="materialize"/> is set, <paramref name="value"/> is the instant, counted in ticks from the
    /// fields already read rather than through <c>DateTimeOffset</c>'s field constructor, which checks them all again.
    /// </summary>
    private static bool IsValidCommonForm(ReadOnlySpan<byte> text, bool materialize, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 13 || text[12] != (byte)'Z')
        {
            return false;
        }

        // A byte is a digit when its high nibble is 3 both as it is and with 6 added (0x3A..0x3F carry into 0x4_).
        var high = BinaryPrimitives.ReadUInt64LittleEndian(text);
        var low = BinaryPrimitives.ReadUInt32LittleEndian(text[8..]);
        if ((high & 0xF0F0F0F0F0F0F0F0) != 0x3030303030303030 || ((high + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) != 0x3030303030303030
            || (low & 0xF0F0F0F0) != 0x30303030 || ((low + 0x06060606) & 0xF0F0F0F0) != 0x30303030)
        {
            return false;
        }

        var yy = Field(high, 0);
        var month = Field(high, 2);
        var day = Field(high, 4);
        var hour = Field(high, 6);
        var minute = Field(low, 0);
        var second = Field(low, 2);
        var year = yy >= 50 ? 1900 + yy : 2000 + yy;
        if (!(year is > 1950 and < 2049 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour <= 23 && minute <= 59 && second <= 59))
        {
            return false;
        }

        if (materialize)
        {
            var before = year - 1;
            var days = (before * 365) + (before / 4) - (before / 100) + (before / 400) + DaysBeforeMonth[month - 1] + day - 1
                + (month > 2 && DateTime.IsLeapYear(year) ? 1 : 0);
            var seconds = (((hour * 60) + minute) * 60) + second;
            value = new DateTimeOffset((days * TimeSpan.TicksPerDay) + (seconds * TimeSpan.TicksPerSecond), TimeSpan.Zero);
        }

        return true;

        // The two digits at octets at and at + 1 (little-endian: the first digit is the lower byte).
        static int Field(ulong digits, int at) => ((int)(digits >> (at * 8)) & 0x0F) * 10 + ((int)(digits >> ((at + 1) * 8)) & 0x0F);
    }

    /// <summary>Days in a common year before the first of each month.</summary>
    private static ReadOnlySpan<short> DaysBeforeMonth => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>A sentence for operators about <paramref name="error"/>.</summary>
    public static string Describe(UtcTimeError error) => error switch
    {
        UtcTimeError.Empty => "the UTCTime is zero-length (the KB Q248732 poison message)",
        UtcTimeError.TooShort => "the UTCTime is shorter than YYMMDDhhmmZ",
        UtcTimeError.TrailingCharacters => "the UTCTime has characters after its zone",
        UtcTimeError.NonDigit => "the UTCTime has a non-digit where a digit belongs",
        UtcTimeError.FieldOutOfRange => "the UTCTime has a month, day, hour, minute or second out of range, or falls outside 1950..2049 in UTC",
        UtcTimeError.BadZone => "the UTCTime has no valid zone (Z, +hhmm or -hhmm)",
        _ => "the UTCTime is valid",
    };

    private static UtcTimeError Parse(ReadOnlySpan<byte> text, bool materialize, out DateTimeOffset value)
    {
        value = default;
        if (text.IsEmpty)
        {
            return UtcTimeError.Empty;
        }

        if (text.Length < 11)
        {
            return UtcTimeError.TooShort;
        }

        if (!TwoDigits(text, 0, out var yy) || !TwoDigits(text, 2, out var month) || !TwoDigits(text, 4, out var day)
            || !TwoDigits(text, 6, out var hour) || !TwoDigits(text, 8, out var minute))
        {
            return UtcTimeError.NonDigit;
        }

        var position = 10;
        var second = 0;
        // Seconds follow when a digit does; YYMMDDhhmmss with nothing after it lacks its zone (BadZone, below).
        if (text[position] is >= (byte)'0' and <= (byte)'9' && text.Length > position + 1)
        {
            if (!TwoDigits(text, position, out second))
            {
                return UtcTimeError.NonDigit;
            }

            position += 2;
        }

        var zone = ParseZone(text[position..], out var offset);
        if (zone != UtcTimeError.None)
        {
            return zone;
        }

        // X.509's pivot, used by every MTA we know: 50..99 are 1950..1999, 00..49 are 2000..2049.
        var year = yy >= 50 ? 1900 + yy : 2000 + yy;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return UtcTimeError.FieldOutOfRange;
        }

        // A zone moves the instant by less than a day: only the first and last years of the window can leave it.
        var inside = year is > 1950 and < 2049;
        if (inside && !materialize)
        {
            return UtcTimeError.None;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        if (inside)
        {
            return UtcTimeError.None;
        }

        // In UTC the instant must still have a two-digit year in 1950..2049, or re-encoding it (MTAs write UTC) would
        // move it by a century: 491231235959-0100 is 2050-01-01 in UTC.
        var utcYear = value.UtcDateTime.Year;
        return utcYear is >= 1950 and <= 2049 ? UtcTimeError.None : UtcTimeError.FieldOutOfRange;
    }

    private static UtcTimeError ParseZone(ReadOnlySpan<byte> zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone.IsEmpty)
        {
            return UtcTimeError.BadZone;
        }

        if (zone[0] == (byte)'Z')
        {
            return zone.Length == 1 ? UtcTimeError.None : UtcTimeError.TrailingCharacters;
        }

        if (zone[0] is not ((byte)'+' or (byte)'-'))
        {
            return UtcTimeError.BadZone;
        }

        if (zone.Length < 5)
        {
            return UtcTimeError.BadZone;
        }

        if (zone.Length > 5)
        {
            return UtcTimeError.TrailingCharacters;
        }

        if (!TwoDigits(zone, 1, out var hours) || !TwoDigits(zone, 3, out var minutes) || hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return UtcTimeError.BadZone;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (zone[0] == (byte)'-')
        {
            offset = -offset;
        }

        return UtcTimeError.None;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> text, int at, out int value)
    {
        var high = text[at] - '0';
        var low = text[at + 1] - '0';
        value = (high * 10) + low;
        return (uint)high <= 9 && (uint)low <= 9;
    }
}
