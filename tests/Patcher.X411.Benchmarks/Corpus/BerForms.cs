namespace Patcher.X411.Benchmarks.Corpus;

/// <summary>Rewrites a definite-length BER encoding into other encodings of the same value (X.690 8.1.3).</summary>
internal static class BerForms
{
    /// <summary>Every constructed element with the indefinite length form: <c>tag 80 contents 00 00</c> (X.690 8.1.3.6).</summary>
    public static byte[] ToIndefinite(ReadOnlySpan<byte> encoding)
    {
        var output = new List<byte>(encoding.Length + (encoding.Length / 4));
        var position = 0;
        while (position < encoding.Length)
        {
            position += Rewrite(encoding[position..], output);
        }

        return [.. output];
    }

    private static int Rewrite(ReadOnlySpan<byte> element, List<byte> output)
    {
        var tagLength = 1;
        if ((element[0] & 0x1F) == 0x1F)
        {
            while ((element[tagLength] & 0x80) != 0)
            {
                tagLength++;
            }

            tagLength++;
        }

        var (length, lengthLength) = ReadLength(element[tagLength..]);
        var headerLength = tagLength + lengthLength;
        var contents = element.Slice(headerLength, length);
        var constructed = (element[0] & 0x20) != 0;
        if (!constructed)
        {
            foreach (var octet in element[..(headerLength + length)])
            {
                output.Add(octet);
            }

            return headerLength + length;
        }

        foreach (var octet in element[..tagLength])
        {
            output.Add(octet);
        }

        output.Add(0x80);
        var position = 0;
        while (position < contents.Length)
        {
            position += Rewrite(contents[position..], output);
        }

        output.Add(0);
        output.Add(0);
        return headerLength + length;
    }

    private static (int Length, int LengthLength) ReadLength(ReadOnlySpan<byte> octets)
    {
        if (octets[0] < 0x80)
        {
            return (octets[0], 1);
        }

        var count = octets[0] & 0x7F;
        var length = 0;
        for (var i = 1; i <= count; i++)
        {
            length = (length << 8) | octets[i];
        }

        return (length, count + 1);
    }
}
