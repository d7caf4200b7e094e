namespace Patcher.X411.Tests.Oracle.Ber;

/// <summary>Why an element's identifier and length octets could not be read.</summary>
internal enum HeaderError
{
    None,
    EndOfInput,
    TagTooLarge,
    NonMinimalTag,
    IndefinitePrimitive,
    ReservedLength,
    LengthTooLong,
    LengthExceedsInput,
    LengthExceedsContainer,
}
