using System.Runtime.CompilerServices;
using Patcher.X411.Tests.Oracle;

namespace Patcher.X411.Tests.Oracle.Ber;

/// <summary>Reads identifier and length octets (X.690 8.1.2, 8.1.3) without touching any reader state.</summary>
internal static class BerHeaderReader
{
    /// <summary>
    /// Reads the header at <paramref name="position"/>. Its contents (when definite) must end at or before
    /// <paramref name="bound"/>; <paramref name="inputEnd"/> tells truncation from a length that overruns its container.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HeaderError TryRead(ReadOnlySpan<byte> data, int position, int bound, int inputEnd, out BerHeader header)
    {
        // Nearly every P1 header is a low tag number and a short-form length (X.690 8.1.3.4): two octets.
        if ((uint)position < (uint)data.Length && (uint)(position + 1) < (uint)data.Length && position + 1 < bound)
        {
            var identifier = data[position];
            var length = data[position + 1];
            if ((identifier & 0x1F) != 0x1F && length < 0x80 && length <= bound - position - 2)
            {
                header = new BerHeader(position, identifier, identifier & 0x1F, position + 2, length);
                return HeaderError.None;
            }
        }

        return TryReadGeneral(data, position, bound, inputEnd, out header);
    }

    private static HeaderError TryReadGeneral(ReadOnlySpan<byte> data, int position, int bound, int inputEnd, out BerHeader header)
    {
        header = default;
        var p = position;
        if (p >= bound)
        {
            return HeaderError.EndOfInput;
        }

        var identifier = data[p++];
        var tagNumber = identifier & 0x1F;
        if (tagNumber == 0x1F)
        {
            // X.690 8.1.2.4: high tag numbers in base 128, bits 7 to 1 of the first subsequent octet not all zero
            // (8.1.2.4.2 c: neither 0x80 nor 0x00), and only for numbers from 31 up (8.1.2.2).
            tagNumber = 0;
            for (var count = 0; ; count++)
            {
                if (p >= bound)
                {
                    return HeaderError.EndOfInput;
                }

                if (count == 3)
                {
                    return HeaderError.TagTooLarge;
                }

                var octet = data[p++];
                if (count == 0 && (octet & 0x7F) == 0)
                {
                    return HeaderError.NonMinimalTag;
                }

                tagNumber = (tagNumber << 7) | (octet & 0x7F);
                if ((octet & 0x80) == 0)
                {
                    break;
                }
            }

            if (tagNumber < 0x1F)
            {
                return HeaderError.NonMinimalTag;
            }
        }

        if (p >= bound)
        {
            return HeaderError.EndOfInput;
        }

        int length = data[p++];
        if (length == 0x80)
        {
            // X.690 8.1.3.6: the indefinite form is for constructed encodings only.
            if ((identifier & 0x20) == 0)
            {
                return HeaderError.IndefinitePrimitive;
            }

            length = -1;
        }
        else if (length == 0xFF)
        {
            return HeaderError.ReservedLength; // X.690 8.1.3.5 c)
        }
        else if (length > 0x80)
        {
            var octets = length & 0x7F;
            if (octets > 4)
            {
                return HeaderError.LengthTooLong;
            }

            if (bound - p < octets)
            {
                return HeaderError.EndOfInput;
            }

            long value = 0;
            for (var i = 0; i < octets; i++)
            {
                value = (value << 8) | data[p++];
            }

            if (value > int.MaxValue)
            {
                return HeaderError.LengthTooLong;
            }

            length = (int)value;
        }

        if (length > bound - p)
        {
            return length > inputEnd - p ? HeaderError.LengthExceedsInput : HeaderError.LengthExceedsContainer;
        }

        header = new BerHeader(position, identifier, tagNumber, p, length);
        return HeaderError.None;
    }
}
