using System.Globalization;
using System.Text;

namespace Patcher.X411.Tests.Oracle;

/// <summary>OBJECT IDENTIFIER contents (X.690 8.19).</summary>
internal static class ObjectIdentifiers
{
    /// <summary>Non-empty, every sub-identifier minimal (no leading 0x80) and terminated, none over 63 bits.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> contents)
    {
        if (contents.IsEmpty || (contents[^1] & 0x80) != 0)
        {
            return false;
        }

        var start = true;
        var octets = 0;
        foreach (var octet in contents)
        {
            if (start && octet == 0x80)
            {
                return false;
            }

            octets++;
            start = (octet & 0x80) == 0;
            if (start)
            {
                octets = 0;
            }
            else if (octets >= 9)
            {
                return false;
            }
        }

        return true;
    }

    public static string ToDotted(ReadOnlySpan<byte> contents)
    {
        var text = new StringBuilder();
        ulong value = 0;
        var first = true;
        foreach (var octet in contents)
        {
            value = (value << 7) | (uint)(octet & 0x7F);
            if ((octet & 0x80) != 0)
            {
                continue;
            }

            if (first)
            {
                // X.690 8.19.4: the first sub-identifier packs the first two arcs.
                var arc1 = value < 40 ? 0UL : value < 80 ? 1UL : 2UL;
                text.Append(arc1.ToString(CultureInfo.InvariantCulture)).Append('.')
                    .Append((value - (arc1 * 40)).ToString(CultureInfo.InvariantCulture));
                first = false;
            }
            else
            {
                text.Append('.').Append(value.ToString(CultureInfo.InvariantCulture));
            }

            value = 0;
        }

        return text.ToString();
    }
}
