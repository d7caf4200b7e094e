using System.Runtime.CompilerServices;
using Patcher.X411.Ber;
using Patcher.X411.Rejection;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// Reads a string type with identifier <paramref name="identifier"/> (primitive form) in either form, checking
    /// its repertoire and its size constraint [<paramref name="min"/>, <paramref name="max"/>].
    /// </summary>
    public bool ReadString(in Frame parent, byte identifier, Element element, CharacterSet set, int min, int max, out StringSpan value)
    {
        // Fast path: the primitive form, within its size and repertoire; anything else is read again, checked.
        if (PeekShortPrimitive(parent, identifier, out var start, out var length) && length >= min && length <= max
            && CharacterSets.IndexOfInvalid(_data.Slice(start, length), set) < 0)
        {
            _position = start + length;
            value = new StringSpan(start, start + length, Segmented: false, length);
            return true;
        }

        return ReadStringChecked(parent, identifier, element, set, min, max, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadStringChecked(in Frame parent, byte identifier, Element element, CharacterSet set, int min, int max, out StringSpan value)
    {
        if (!ReadStringOctets(parent, identifier, element, out value, out var header))
        {
            return false;
        }

        var go = CheckCharacters(value, set, header.Start);
        if (go && (value.Length < min || value.Length > max))
        {
            var size = min == max ? $"exactly {min}" : $"{min}..{max}";
            go = FailValue(P1Fault.SizeConstraint, header.Start,
                $"{element.Name()} has {value.Length} characters; X.411 allows {size}");
        }

        _path.Pop();
        return go;
    }

    /// <summary>Reads a UTCTime (X.680 47.3) with identifier <paramref name="identifier"/>, in either form.</summary>
    public bool ReadTime(in Frame parent, byte identifier, Element element, out DateTimeOffset time)
    {
        // Fast path: a valid UTCTime in the primitive form; anything else is read again, checked.
        if (PeekShortPrimitive(parent, identifier, out var start, out var length) && length <= UtcTime.MaxLength
            && UtcTime.Check(_data.Slice(start, length), Materialize, out time) == UtcTimeError.None)
        {
            _position = start + length;
            return true;
        }

        return ReadTimeChecked(parent, identifier, element, out time);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadTimeChecked(in Frame parent, byte identifier, Element element, out DateTimeOffset time)
    {
        time = default;
        if (!ReadStringOctets(parent, identifier, element, out var value, out var header))
        {
            return false;
        }

        var go = true;
        if (value.Length > UtcTime.MaxLength)
        {
            go = FailValue(P1Fault.InvalidTime, header.Start,
                $"{element.Name()} is {value.Length} octets long; a UTCTime has at most {UtcTime.MaxLength}");
        }
        else
        {
            var error = value.Segmented ? CheckSegmentedTime(value, out time) : UtcTime.Check(_data[value.Start..value.End], Materialize, out time);
            if (error != UtcTimeError.None)
            {
                var fault = error == UtcTimeError.Empty ? P1Fault.EmptyTime : P1Fault.InvalidTime;
                go = FailValue(fault, header.Start, $"{element.Name()} is invalid: {UtcTime.Describe(error)}");
            }
        }

        _path.Pop();
        return go;
    }

    /// <summary>A UTCTime in the constructed form (rare): its segments joined first.</summary>
    private readonly UtcTimeError CheckSegmentedTime(StringSpan value, out DateTimeOffset time)
    {
        Span<byte> text = stackalloc byte[UtcTime.MaxLength];
        return UtcTime.Check(text[..CopyTo(value, text)], Materialize, out time);
    }

    /// <summary>
    /// The value as text (ASCII repertoires only). X.400 names repeat within an APDU (the same domains in every trace
    /// element, the same organization for every recipient) and from one APDU to the next, so equal values read one
    /// after another share a string. Two ways per set, the one used last first: a name read once in between (a
    /// country after a surname of the same hash) does not evict one that every APDU repeats.
    /// </summary>
    public string GetString(StringSpan value)
    {
        if (value.Segmented)
        {
            return GetSegmentedString(value);
        }

        var run = _data.Slice(value.Start, value.Length);
        if (run.IsEmpty)
        {
            return string.Empty;
        }

        var set = (int)((uint)(run.Length + (run[0] * 7) + (run[^1] * 31)) % RecentStrings.Sets) * 2;
        ref var first = ref _names!.Strings[set];
        ref var second = ref _names.Strings[set + 1];
        if (first is { } recent && SameText(run, recent))
        {
            return recent;
        }

        if (second is { } older && SameText(run, older))
        {
            second = first;
            return first = older;
        }

        second = first;
        return first = System.Text.Encoding.Latin1.GetString(run);
    }

    /// <summary>
    /// The value as text, not shared: for values that seldom repeat from one APDU to the next (surnames, local
    /// identifiers), which would only evict from <see cref="RecentStrings"/> the names that do.
    /// </summary>
    public readonly string GetUnsharedString(StringSpan value) =>
        value.Segmented ? GetSegmentedString(value) : System.Text.Encoding.Latin1.GetString(_data.Slice(value.Start, value.Length));

    private readonly string GetSegmentedString(StringSpan value)
    {
        var octets = value.Length <= 256 ? stackalloc byte[value.Length] : new byte[value.Length];
        CopyTo(value, octets);
        return System.Text.Encoding.Latin1.GetString(octets);
    }

    /// <summary>Whether <paramref name="text"/> is <paramref name="octets"/> read as Latin-1; names are short, so a plain loop.</summary>
    private static bool SameText(ReadOnlySpan<byte> octets, string text)
    {
        if (text.Length != octets.Length)
        {
            return false;
        }

        for (var i = 0; i < octets.Length; i++)
        {
            if (text[i] != octets[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value's octets.</summary>
    public readonly byte[] GetBytes(StringSpan value)
    {
        var octets = new byte[value.Length];
        CopyTo(value, octets);
        return octets;
    }

    /// <summary>Copies the value's octets (already checked by <see cref="ReadStringOctets"/>) into <paramref name="target"/>.</summary>
    private readonly int CopyTo(StringSpan value, Span<byte> target)
    {
        if (!value.Segmented)
        {
            _data[value.Start..value.End].CopyTo(target);
            return value.Length;
        }

        var written = 0;
        var position = value.Start;
        while (position < value.End)
        {
            BerHeaderReader.TryRead(_data, position, value.End, _data.Length, out var segment);
            _data.Slice(segment.ContentStart, segment.Length).CopyTo(target[written..]);
            written += segment.Length;
            position = segment.ContentStart + segment.Length;
        }

        return written;
    }

    private bool CheckCharacters(StringSpan value, CharacterSet set, int offset)
    {
        if (set == CharacterSet.Octets)
        {
            return true;
        }

        var position = value.Start;
        while (position < value.End)
        {
            var run = _data[position..value.End];
            if (value.Segmented)
            {
                BerHeaderReader.TryRead(_data, position, value.End, _data.Length, out var segment);
                run = _data.Slice(segment.ContentStart, segment.Length);
                position = segment.ContentStart + segment.Length;
            }
            else
            {
                position = value.End;
            }

            var bad = CharacterSets.IndexOfInvalid(run, set);
            if (bad >= 0)
            {
                return FailValue(P1Fault.InvalidCharacter, offset,
                    $"0x{run[bad]:X2} is not a {set.Describe()} character");
            }
        }

        return true;
    }

    /// <summary>
    /// Reads a string element's framing. A constructed form must hold primitive OCTET STRING segments (X.690 8.23.5);
    /// nested constructed segments are refused. The path holds <paramref name="element"/> on success.
    /// </summary>
    private bool ReadStringOctets(in Frame parent, byte identifier, Element element, out StringSpan value, out BerHeader header)
    {
        value = default;
        var start = _position;
        if (!Push(element, start) || !ReadHeader(parent, out header))
        {
            header = default;
            return false;
        }

        if (header.PrimitiveIdentifier != identifier)
        {
            return Fail(P1Fault.UnexpectedTag, start, $"expected {Tags.Describe(identifier)}, found {Tags.Describe(header.Identifier)}");
        }

        if (!header.IsConstructed)
        {
            _position = header.ContentStart + header.Length;
            value = new StringSpan(header.ContentStart, _position, Segmented: false, header.Length);
            return true;
        }

        var frame = header.IsIndefinite
            ? new Frame(start, -1, parent.Bound)
            : new Frame(start, header.ContentStart + header.Length, header.ContentStart + header.Length);
        var total = 0;
        while (HasMore(frame))
        {
            var segmentStart = _position;
            if (!ReadHeader(frame, out var segment))
            {
                return false;
            }

            if (segment.Identifier != Tags.OctetString)
            {
                return Fail(P1Fault.InvalidForm, segmentStart,
                    $"a constructed string segment must be a primitive OCTET STRING (04), found {Tags.Describe(segment.Identifier)}");
            }

            _position = segment.ContentStart + segment.Length;
            total += segment.Length;
        }

        if (_structureBroken)
        {
            return false;
        }

        value = new StringSpan(header.ContentStart, _position, Segmented: true, total);
        if (frame.IsIndefinite)
        {
            _position += 2;
        }

        return true;
    }
}
