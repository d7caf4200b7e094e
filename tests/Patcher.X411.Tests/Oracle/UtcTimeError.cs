namespace Patcher.X411.Tests.Oracle;

/// <summary>Why a UTCTime value is invalid.</summary>
internal enum UtcTimeError
{
    /// <summary>The value is valid.</summary>
    None,

    /// <summary>Zero length: the KB Q248732 poison.</summary>
    Empty,

    /// <summary>Fewer characters than <c>YYMMDDhhmmZ</c>.</summary>
    TooShort,

    /// <summary>More characters than <c>YYMMDDhhmmss+hhmm</c>, or characters after the zone.</summary>
    TrailingCharacters,

    /// <summary>A date or time field holds a non-digit.</summary>
    NonDigit,

    /// <summary>A field is out of range (month 13, day 32, hour 24, minute 60, second 60, or a day past the month's end).</summary>
    FieldOutOfRange,

    /// <summary>No zone, or a zone other than <c>Z</c>, <c>+hhmm</c>, <c>-hhmm</c>, or an offset out of range.</summary>
    BadZone,
}
