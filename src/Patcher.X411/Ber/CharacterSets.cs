using System.Buffers;

namespace Patcher.X411.Ber;

/// <summary>Checks octets against a <see cref="CharacterSet"/>.</summary>
internal static class CharacterSets
{
    private static readonly SearchValues<byte> Printable =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?"u8);

    private static readonly SearchValues<byte> Numeric = SearchValues.Create("0123456789 "u8);

    /// <summary>The index of the first octet outside <paramref name="set"/>, or -1.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<byte> octets, CharacterSet set) => set switch
    {
        CharacterSet.Octets => -1,
        CharacterSet.Printable => octets.IndexOfAnyExcept(Printable),
        CharacterSet.Numeric => octets.IndexOfAnyExcept(Numeric),
        CharacterSet.Ia5 => octets.IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F),
        _ => octets.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E),
    };

    public static bool IsValid(byte octet, CharacterSet set) => set switch
    {
        CharacterSet.Octets => true,
        CharacterSet.Ia5 => octet < 0x80,
        CharacterSet.Visible => octet is >= 0x20 and <= 0x7E,
        CharacterSet.Numeric => octet is (>= (byte)'0' and <= (byte)'9') or (byte)' ',
        _ => IsPrintable(octet),
    };

    public static bool IsPrintable(byte octet) =>
        octet is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)' ' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'+' or (byte)',' or (byte)'-' or (byte)'.'
            or (byte)'/' or (byte)':' or (byte)'=' or (byte)'?';

    public static string Describe(this CharacterSet set) => set switch
    {
        CharacterSet.Printable => "PrintableString",
        CharacterSet.Numeric => "NumericString",
        CharacterSet.Ia5 => "IA5String",
        CharacterSet.Visible => "UTCTime",
        _ => "OCTET STRING",
    };
}
