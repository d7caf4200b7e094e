namespace Patcher.X411.Ber;

/// <summary>Checks octets against a <see cref="CharacterSet"/>.</summary>
internal static class CharacterSets
{
    /// <summary>
    /// One octet of flags per octet value: bit n set when the value is in the repertoire <c>(CharacterSet)n</c>. A string
    /// is checked with one table load per octet, whatever its repertoire; X.411 names are 1..64 octets, too short for a
    /// vectorized search to pay for its setup. (It replaced a switch per string and two bitmaps per octet.)
    /// </summary>
    private static readonly byte[] Table = Build();

    /// <summary>The index of the first octet outside <paramref name="set"/>, or -1.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<byte> octets, CharacterSet set)
    {
        if (set == CharacterSet.Octets)
        {
            return -1;
        }

        var table = Table;
        var mask = (byte)(1 << (int)set);
        for (var i = 0; i < octets.Length; i++)
        {
            if ((table[octets[i]] & mask) == 0)
            {
                return i;
            }
        }

        return -1;
    }

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

    private static byte[] Build()
    {
        var table = new byte[256];
        for (var octet = 0; octet < 256; octet++)
        {
            var b = (byte)octet;
            table[octet] = (byte)(
                (1 << (int)CharacterSet.Octets)
                | (IsPrintable(b) ? 1 << (int)CharacterSet.Printable : 0)
                | (b is (>= (byte)'0' and <= (byte)'9') or (byte)' ' ? 1 << (int)CharacterSet.Numeric : 0)
                | (b < 0x80 ? 1 << (int)CharacterSet.Ia5 : 0)
                | (b is >= 0x20 and <= 0x7E ? 1 << (int)CharacterSet.Visible : 0));
        }

        return table;
    }
}
