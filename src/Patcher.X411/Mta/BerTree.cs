using Patcher.X411.Ber;
using Patcher.X411.Decoding;

namespace Patcher.X411.Mta;

/// <summary>
/// Walks the TLV tree of an APDU the decoder has already accepted, so that an element can be inserted without
/// re-encoding anything else. Every read is bounds-checked by <see cref="BerHeaderReader"/>; nesting is bounded
/// because the decoder refused anything deeper than it allows.
/// </summary>
internal static class BerTree
{
    /// <summary>The header at <paramref name="position"/>.</summary>
    /// <exception cref="InvalidOperationException">The octets there are not a header (the APDU was not validated first).</exception>
    public static BerHeader Header(ReadOnlySpan<byte> data, int position)
    {
        var error = BerHeaderReader.TryRead(data, position, data.Length, data.Length, out var header);
        return error == HeaderError.None
            ? header
            : throw new InvalidOperationException($"No BER header at offset {position} ({error}): only validated APDUs can be spliced.");
    }

    /// <summary>Where the contents end: before the end-of-contents octets of an indefinite length (X.690 8.1.5).</summary>
    public static int ContentEnd(ReadOnlySpan<byte> data, BerHeader header)
    {
        if (!header.IsIndefinite)
        {
            return header.ContentStart + header.Length;
        }

        var position = header.ContentStart;
        while (!(data[position] == 0 && data[position + 1] == 0))
        {
            position = End(data, Header(data, position));
        }

        return position;
    }

    /// <summary>Where the element ends, after its contents and any end-of-contents octets.</summary>
    public static int End(ReadOnlySpan<byte> data, BerHeader header) =>
        header.IsIndefinite ? ContentEnd(data, header) + 2 : header.ContentStart + header.Length;

    /// <summary>The element's direct children, in order.</summary>
    public static List<BerHeader> Children(ReadOnlySpan<byte> data, BerHeader header)
    {
        var children = new List<BerHeader>();
        var end = ContentEnd(data, header);
        for (var position = header.ContentStart; position < end; position = End(data, children[^1]))
        {
            children.Add(Header(data, position));
        }

        return children;
    }

    /// <summary>The identifier octets (X.690 8.1.2): one, or more for tag numbers of 31 and up.</summary>
    public static ReadOnlySpan<byte> Identifier(ReadOnlySpan<byte> data, BerHeader header)
    {
        var length = 1;
        if ((data[header.Start] & 0x1F) == 0x1F)
        {
            while ((data[header.Start + length] & 0x80) != 0)
            {
                length++;
            }

            length++;
        }

        return data.Slice(header.Start, length);
    }

    /// <summary>The value of a small INTEGER's contents (two's complement, X.690 8.3), or null when it is not small.</summary>
    public static long? SmallInteger(ReadOnlySpan<byte> data, BerHeader header)
    {
        if (header.Length is < 1 or > 4)
        {
            return null;
        }

        long value = (sbyte)data[header.ContentStart];
        for (var i = 1; i < header.Length; i++)
        {
            value = (value << 8) | data[header.ContentStart + i];
        }

        return value;
    }

    /// <summary>Definite length octets (X.690 8.1.3.4, 8.1.3.5), short form when it fits.</summary>
    public static byte[] Length(int length)
    {
        if (length < 0x80)
        {
            return [(byte)length];
        }

        var octets = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
        var encoded = new byte[octets + 1];
        encoded[0] = (byte)(0x80 | octets);
        for (var i = octets; i > 0; i--, length >>= 8)
        {
            encoded[i] = (byte)length;
        }

        return encoded;
    }
}
