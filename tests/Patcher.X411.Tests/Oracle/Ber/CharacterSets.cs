using System.Buffers;

namespace Patcher.X411.Tests.Oracle.Ber;

/// <summary>Checks octets against a <see cref="CharacterSet"/>.</summary>
internal static class CharacterSets
{
    private static readonly SearchValues<byte> Printable =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?"u8);

    private static readonly SearchValues<byte> Numeric = SearchValues.Create("0123456789 "u8);

    /// <summary>The printable characters as a bitmap of the 128 ASCII codes: octets 0..63, then 64..127.</summary>
    private static readonly ulong PrintableLow = Bitmap("0123456789 '()+,-./:=?", 0);
    private static readonly ulong PrintableHigh = Bitmap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 64);
    private static readonly ulong NumericLow = Bitmap("0123456789 ", 0);

    /// <summary>The index of the first octet outside <paramref name="set"/>, or -1.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<byte> octets, CharacterSet set)
    {
        // X.411 names are short (2..64 octets): a bitmap beats a vectorized search's setup; long runs take the latter.
        if (octets.Length >= 32)
        {
            return set switch
            {
                CharacterSet.Octets => -1,
                CharacterSet.Printable => octets.IndexOfAnyExcept(Printable),
                CharacterSet.Numeric => octets.IndexOfAnyExcept(Numeric),
                CharacterSet.Ia5 => octets.IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F),
                _ => octets.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E),
            };
        }

        var (low, high) = set switch
        {
            CharacterSet.Octets => (ulong.MaxValue, ulong.MaxValue),
            CharacterSet.Printable => (PrintableLow, PrintableHigh),
            CharacterSet.Numeric => (NumericLow, 0UL),
            CharacterSet.Ia5 => (ulong.MaxValue, ulong.MaxValue),
            _ => (0xFFFF_FFFF_0000_0000UL, 0x7FFF_FFFF_FFFF_FFFFUL),
        };
        if (set == CharacterSet.Octets)
        {
            return -1;
        }

        for (var i = 0; i < octets.Length; i++)
        {
            var octet = octets[i];
            var bits = octet < 64 ? low : high;
            if (octet >= 128 || ((bits >> (octet & 63)) & 1) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static ulong Bitmap(string characters, int first)
    {
        var bits = 0UL;
        foreach (var c in characters)
        {
            bits |= 1UL << (c - first);
        }

        return bits;
    }

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
