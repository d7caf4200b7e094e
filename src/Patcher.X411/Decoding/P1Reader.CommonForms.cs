using System.Runtime.CompilerServices;
using Patcher.X411.Ber;

namespace Patcher.X411.Decoding;

/// <summary>
/// The common forms of P1's small elements, read at a position the caller holds (not the reader's): two-octet headers,
/// primitive strings and values within their constraints. Each either accepts its element and moves the position past
/// it, or returns false having changed nothing, and never records a fault. A fast path built of them reads a whole
/// element (an O/R name, a trace element) and commits its end position once; on any false it leaves the element to the
/// checked path, which accepts exactly these forms too and says where and why anything else is wrong.
/// </summary>
/// <remarks>
/// <para>How the loops built of them stay fast (issue 13, each measured with <c>scripts/bench.sh --against</c>):</para>
/// <list type="bullet">
/// <item>They read through a copy of the reader held in their own method (<c>var forms = r;</c>), not through the
/// reference they were given. Through a reference, the JIT reloads the input span from memory after every store the
/// method makes (the fields it fills, the model it builds, an out parameter), as it cannot tell that those leave the
/// reader alone; through a local copy it keeps the span in registers. Validate 1.04-1.09x, Decode 1.03-1.07x.</item>
/// <item>No position goes by reference to a call that is not inlined (see <c>RecipientsEnd</c>).</item>
/// </list>
/// </remarks>
internal ref partial struct P1Reader
{
    /// <summary>
    /// A primitive string <paramref name="identifier"/> ending at or before <paramref name="end"/>, of
    /// [<paramref name="min"/>, <paramref name="max"/>] characters (<paramref name="max"/> below 0x80, so the length is
    /// short form) all in <paramref name="set"/>. <paramref name="header"/> is where it starts, for <see cref="StringAt"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryStringAt(ref int position, int end, byte identifier, CharacterSet set, int min, int max, out int header)
    {
        header = position;
        if (header + 2 > end || _data[header] != identifier)
        {
            return false;
        }

        int length = _data[header + 1];
        if (length < min || length > max || length > end - header - 2
            || CharacterSets.IndexOfInvalid(_data.Slice(header + 2, length), set) >= 0)
        {
            return false;
        }

        position = header + 2 + length;
        return true;
    }

    /// <summary>
    /// An explicitly tagged <c>CHOICE { numeric NumericString, printable PrintableString }</c> in <paramref name="wrapper"/>
    /// (country 61, ADMD 62, PRMD A2): both headers two octets, the string filling its wrapper, within its size and
    /// repertoire. <paramref name="header"/> is where the string starts. Sizes here are at most 16
    /// (ub-domain-name-length), so the wrapper's length is short form.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryDomainNameAt(ref int position, int end, byte wrapper, int numericMin, int numericMax, int printableMin,
        int printableMax, out int header)
    {
        var at = position;
        header = at + 2;
        if (at + 4 > end || _data[at] != wrapper)
        {
            return false;
        }

        var identifier = _data[at + 2];
        int length = _data[at + 3];
        var numeric = identifier == Tags.NumericString;
        if ((!numeric && identifier != Tags.PrintableString) || _data[at + 1] != length + 2 || length > end - at - 4
            || length < (numeric ? numericMin : printableMin) || length > (numeric ? numericMax : printableMax)
            || CharacterSets.IndexOfInvalid(_data.Slice(at + 4, length), numeric ? CharacterSet.Numeric : CharacterSet.Printable) >= 0)
        {
            return false;
        }

        position = at + 4 + length;
        return true;
    }

    /// <summary>A primitive INTEGER <paramref name="identifier"/> of 1..8 octets in shortest form (X.690 8.3.2), in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryIntegerAt(ref int position, int end, byte identifier, long min, long max, out long value)
    {
        value = 0;
        var at = position;
        if (at + 2 > end || _data[at] != identifier)
        {
            return false;
        }

        int length = _data[at + 1];
        if (length is < 1 or > 8 || length > end - at - 2)
        {
            return false;
        }

        var content = _data.Slice(at + 2, length);
        if (length > 1 && ((content[0] == 0 && content[1] < 0x80) || (content[0] == 0xFF && content[1] >= 0x80)))
        {
            return false;
        }

        long number = (sbyte)content[0];
        for (var i = 1; i < content.Length; i++)
        {
            number = (number << 8) | content[i];
        }

        if (number < min || number > max)
        {
            return false;
        }

        value = number;
        position = at + 2 + length;
        return true;
    }

    /// <summary>
    /// A primitive BIT STRING <paramref name="identifier"/> of 1..5 octets, its unused-bits octet well formed
    /// (X.690 8.6.2) and no bit set past <paramref name="maxBits"/>; named bit n is flag 1 &lt;&lt; n.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryBitsAt(ref int position, int end, byte identifier, int maxBits, out int bits)
    {
        bits = 0;
        var at = position;
        if (at + 2 > end || _data[at] != identifier)
        {
            return false;
        }

        int length = _data[at + 1];
        if (length is < 1 or > 5 || length > end - at - 2)
        {
            return false;
        }

        var content = _data.Slice(at + 2, length);
        var unused = content[0];
        if (unused > 7 || (length == 1 && unused != 0))
        {
            return false;
        }

        var significant = (length - 1) * 8 - unused;
        var flags = BitStrings.Flags(content[1..], significant);

        if (significant > maxBits && (flags >> maxBits) != 0)
        {
            return false;
        }

        bits = flags;
        position = at + 2 + length;
        return true;
    }

    /// <summary>A valid UTCTime in a primitive <paramref name="identifier"/> (X.680 47.3), built only when decoding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryTimeAt(ref int position, int end, byte identifier, out DateTimeOffset time)
    {
        time = default;
        var at = position;
        if (at + 2 > end || _data[at] != identifier)
        {
            return false;
        }

        int length = _data[at + 1];
        if (length > UtcTime.MaxLength || length > end - at - 2
            || UtcTime.Check(_data.Slice(at + 2, length), Materialize, out time) != UtcTimeError.None)
        {
            return false;
        }

        position = at + 2 + length;
        return true;
    }

    /// <summary>
    /// A constructed <paramref name="identifier"/> with a short-form length ending at or before <paramref name="end"/>:
    /// moves <paramref name="position"/> to its contents and gives where they end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryEnterAt(ref int position, int end, byte identifier, out int contentEnd)
    {
        var at = position;
        contentEnd = 0;
        if (at + 2 > end || _data[at] != identifier)
        {
            return false;
        }

        int length = _data[at + 1];
        if (length >= 0x80 || length > end - at - 2)
        {
            return false;
        }

        position = at + 2;
        contentEnd = at + 2 + length;
        return true;
    }

    /// <summary>Whether the element at <paramref name="position"/>, before <paramref name="end"/>, has identifier <paramref name="identifier"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Next(int position, int end, byte identifier) => position < end && _data[position] == identifier;

    /// <summary>Whether a common form of <paramref name="levels"/> nested elements may be read here: nothing stopped, and room in the path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool CanReadCommonForm(int levels) => !_stopped && _path.Depth <= ElementPath.MaxDepth - levels;

    /// <summary>The value of a string whose two-octet header a common form recorded at <paramref name="header"/>; 0 is none.</summary>
    public readonly StringSpan StringAt(int header)
    {
        int length = _data[header + 1];
        return new StringSpan(header + 2, header + 2 + length, Segmented: false, length);
    }
}
