namespace Patcher.X411.Rejection;

/// <summary>
/// What was wrong with a rejected APDU. The numbers are stable: <see cref="P1Rejection.Code"/> is <c>P1E</c> followed
/// by the number in three digits (e.g. <c>P1E009</c> for a zero-length time), for operators to search for.
/// </summary>
public enum P1Fault
{
    /// <summary>The input ends inside an element (X.690 8.1).</summary>
    Truncated = 1,

    /// <summary>A length is malformed, too large, or exceeds its enclosing element (X.690 8.1.3).</summary>
    InvalidLength = 2,

    /// <summary>An element has a tag that is not allowed where it stands.</summary>
    UnexpectedTag = 3,

    /// <summary>A mandatory element is absent.</summary>
    MissingElement = 4,

    /// <summary>A SET member appears twice.</summary>
    DuplicateElement = 5,

    /// <summary>Elements are nested deeper than the decoder allows (a nesting bomb).</summary>
    NestingTooDeep = 6,

    /// <summary>Bytes follow the end of the APDU.</summary>
    TrailingData = 7,

    /// <summary>A UTCTime is malformed: short, non-digit, out of range, bad zone or trailing bytes (X.680 47).</summary>
    InvalidTime = 8,

    /// <summary>A UTCTime is present with zero length: the KB Q248732 poison message.</summary>
    EmptyTime = 9,

    /// <summary>A character string holds a character its type does not allow.</summary>
    InvalidCharacter = 10,

    /// <summary>A string or list is shorter or longer than its X.411 size constraint.</summary>
    SizeConstraint = 11,

    /// <summary>An INTEGER is empty, not minimally encoded (X.690 8.3.2), or out of its range.</summary>
    InvalidInteger = 12,

    /// <summary>An ENUMERATED or BIT STRING value is not one X.411 defines.</summary>
    InvalidValue = 13,

    /// <summary>More than 512 trace elements (ub-transfers): the message is looping.</summary>
    TooManyTraceElements = 14,

    /// <summary>More than 32767 recipients (ub-recipients).</summary>
    TooManyRecipients = 15,

    /// <summary>An extension this MTA does not implement is marked critical for transfer.</summary>
    UnsupportedCriticalExtension = 16,

    /// <summary>A primitive element was sent constructed, or the reverse, where BER does not allow it.</summary>
    InvalidForm = 17,
}
