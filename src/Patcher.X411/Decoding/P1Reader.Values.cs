using System.Runtime.CompilerServices;
using Patcher.X411.Ber;
using Patcher.X411.Rejection;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>Reads a primitive element and leaves its content span; the path holds <paramref name="element"/>.</summary>
    private bool ReadPrimitive(in Frame parent, byte identifier, Element element, out BerHeader header)
    {
        var start = _position;
        if (!Push(element, start) || !ReadHeader(parent, out header))
        {
            header = default;
            return false;
        }

        if (header.Identifier != identifier)
        {
            return Fail(header.PrimitiveIdentifier == identifier ? P1Fault.InvalidForm : P1Fault.UnexpectedTag, start,
                $"expected {Tags.Describe(identifier)}, found {Tags.Describe(header.Identifier)}");
        }

        _position = header.ContentStart + header.Length;
        return true;
    }

    /// <summary>Reads an INTEGER in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public bool ReadInteger(in Frame parent, byte identifier, Element element, long min, long max, out long value) =>
        ReadInteger(parent, identifier, element, min, max, P1Fault.InvalidInteger, out value);

    /// <summary>
    /// Reads an ENUMERATED in [0, <paramref name="max"/>]. Its tag is implicit in X.411 (e.g. 47, 82), so the caller
    /// says it is one: a number X.411 does not define is <see cref="P1Fault.InvalidValue"/>, not a bad INTEGER.
    /// </summary>
    public bool ReadEnumerated(in Frame parent, byte identifier, Element element, long max, out long value) =>
        ReadInteger(parent, identifier, element, 0, max, P1Fault.InvalidValue, out value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ReadInteger(in Frame parent, byte identifier, Element element, long min, long max, P1Fault outOfRange, out long value)
    {
        // Fast path: 1..8 octets in shortest form (X.690 8.3.2) and in range; anything else is read again, checked.
        if (PeekShortPrimitive(parent, identifier, out var start, out var length) && length is >= 1 and <= 8)
        {
            var content = _data.Slice(start, length);
            if (length == 1 || !((content[0] == 0 && content[1] < 0x80) || (content[0] == 0xFF && content[1] >= 0x80)))
            {
                long number = (sbyte)content[0];
                for (var i = 1; i < content.Length; i++)
                {
                    number = (number << 8) | content[i];
                }

                if (number >= min && number <= max)
                {
                    _position = start + length;
                    value = number;
                    return true;
                }
            }
        }

        return ReadIntegerChecked(parent, identifier, element, min, max, outOfRange, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadIntegerChecked(in Frame parent, byte identifier, Element element, long min, long max, P1Fault outOfRange, out long value)
    {
        value = 0;
        if (!ReadPrimitive(parent, identifier, element, out var header))
        {
            return false;
        }

        var content = _data.Slice(header.ContentStart, header.Length);
        var go = true;
        if (content.IsEmpty)
        {
            go = FailValue(P1Fault.InvalidInteger, header.Start, "an INTEGER has no content octets (X.690 8.3.1)");
        }
        else if (content.Length > 1 && ((content[0] == 0 && content[1] < 0x80) || (content[0] == 0xFF && content[1] >= 0x80)))
        {
            // X.690 8.3.2; KB Q230288: a 3-octet -1 from one MTA broke others.
            go = FailValue(P1Fault.InvalidInteger, header.Start, "an INTEGER is not in its shortest form (X.690 8.3.2)");
        }
        else if (content.Length > 8)
        {
            go = FailValue(P1Fault.InvalidInteger, header.Start, $"an INTEGER of {content.Length} octets is out of range {min}..{max}");
        }
        else
        {
            value = (sbyte)content[0];
            for (var i = 1; i < content.Length; i++)
            {
                value = (value << 8) | content[i];
            }

            if (value < min || value > max)
            {
                var kind = outOfRange == P1Fault.InvalidValue ? "value" : "INTEGER";
                go = FailValue(outOfRange, header.Start, $"{element.Name()} {kind} {value} is out of range {min}..{max}");
                value = min;
            }
        }

        _path.Pop();
        return go;
    }

    /// <summary>Reads a BIT STRING of at most <paramref name="maxBits"/> significant bits into flags (named bit n = 1 &lt;&lt; n).</summary>
    public bool ReadBits(in Frame parent, byte identifier, Element element, int maxBits, out int bits)
    {
        // Fast path: a well-formed unused-bits octet (X.690 8.6.2) and no bit past maxBits; else read again, checked.
        if (PeekShortPrimitive(parent, identifier, out var start, out var length) && length is >= 1 and <= 5)
        {
            var content = _data.Slice(start, length);
            var unused = content[0];
            if (unused <= 7 && (length > 1 || unused == 0))
            {
                var significant = (length - 1) * 8 - unused;
                var flags = BitStrings.Flags(content[1..], significant);

                if (significant <= maxBits || (flags >> maxBits) == 0)
                {
                    _position = start + length;
                    bits = flags;
                    return true;
                }
            }
        }

        return ReadBitsChecked(parent, identifier, element, maxBits, out bits);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadBitsChecked(in Frame parent, byte identifier, Element element, int maxBits, out int bits)
    {
        bits = 0;
        if (!ReadPrimitive(parent, identifier, element, out var header))
        {
            return false;
        }

        var content = _data.Slice(header.ContentStart, header.Length);
        var go = true;
        if (content.IsEmpty || content[0] > 7 || (content.Length == 1 && content[0] != 0))
        {
            // X.690 8.6.2: an initial octet 0..7, and 0 when there are no bits.
            go = FailValue(P1Fault.InvalidValue, header.Start, "a BIT STRING has a malformed unused-bits octet (X.690 8.6.2)");
        }
        else
        {
            var significant = (content.Length - 1) * 8 - content[0];
            for (var i = 0; i < significant; i++)
            {
                if ((content[1 + (i / 8)] & (0x80 >> (i % 8))) == 0)
                {
                    continue;
                }

                if (i >= maxBits)
                {
                    go = FailValue(P1Fault.InvalidValue, header.Start, $"{element.Name()} sets bit {i}; at most {maxBits} bits are defined");
                    break;
                }

                bits |= 1 << i;
            }
        }

        _path.Pop();
        return go;
    }

    /// <summary>Reads an OBJECT IDENTIFIER; its contents are returned for materializing.</summary>
    public bool ReadObjectIdentifier(in Frame parent, byte identifier, Element element, out Range contents)
    {
        contents = default;
        if (!ReadPrimitive(parent, identifier, element, out var header))
        {
            return false;
        }

        var content = _data.Slice(header.ContentStart, header.Length);
        var go = true;
        if (!ObjectIdentifiers.IsWellFormed(content))
        {
            go = FailValue(P1Fault.InvalidValue, header.Start, "an OBJECT IDENTIFIER is malformed (X.690 8.19)");
        }

        contents = new Range(header.ContentStart, header.ContentStart + header.Length);
        _path.Pop();
        return go;
    }

    /// <summary>The dotted form of an OBJECT IDENTIFIER read by <see cref="ReadObjectIdentifier"/>.</summary>
    public readonly string GetObjectIdentifier(Range contents) => ObjectIdentifiers.ToDotted(_data[contents]);

    /// <summary>Reads a NULL.</summary>
    public bool ReadNull(in Frame parent, Element element)
    {
        if (!ReadPrimitive(parent, Tags.Null, element, out var header))
        {
            return false;
        }

        var go = header.Length == 0 || FailValue(P1Fault.InvalidValue, header.Start, "a NULL has content octets (X.690 8.8.2)");
        _path.Pop();
        return go;
    }

    /// <summary>
    /// Skips one element of any tag and form inside <paramref name="parent"/>, checking its framing: indefinite
    /// lengths are followed to their end-of-contents, iteratively and within the nesting limit.
    /// </summary>
    public bool Skip(in Frame parent, Element element, out Range encoding)
    {
        encoding = default;
        var start = _position;
        if (!Push(element, start) || !ReadHeader(parent, out var header))
        {
            return false;
        }

        if (header.IsIndefinite)
        {
            // Walk nested elements until the matching end-of-contents; depth counts open indefinite elements.
            var depth = 1;
            while (depth > 0)
            {
                if (_position + 1 < parent.Bound && _data[_position] == 0 && _data[_position + 1] == 0)
                {
                    _position += 2;
                    depth--;
                    continue;
                }

                if (!ReadHeader(parent, out var inner))
                {
                    return false;
                }

                if (inner.Identifier == 0)
                {
                    return Fail(P1Fault.InvalidLength, inner.Start, "malformed end-of-contents octets (X.690 8.1.5)");
                }

                if (!inner.IsIndefinite)
                {
                    _position = inner.ContentStart + inner.Length;
                }
                else if (++depth + _path.Depth > ElementPath.MaxDepth)
                {
                    return Fail(P1Fault.NestingTooDeep, inner.Start, $"elements are nested more than {ElementPath.MaxDepth} deep");
                }
            }
        }
        else
        {
            _position = header.ContentStart + header.Length;
        }

        encoding = new Range(start, _position);
        _path.Pop();
        return true;
    }
}
