using System.Runtime.CompilerServices;
using Patcher.X411.Ber;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Decoding;

/// <summary>
/// A forward-only reader over one APDU. It never reads outside its input, never goes back (linear time), keeps
/// nesting within <see cref="ElementPath.MaxDepth"/>, and records the first fault with its path and offset.
/// While validating it allocates nothing until something is rejected.
/// </summary>
internal ref partial struct P1Reader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private ElementPath _path;
    private P1Rejection? _rejection;
    private bool _structureBroken;

    /// <summary>Names materialized lately, when decoding: see <see cref="GetString"/> and <see cref="GetDomain(in DomainParts)"/>.</summary>
    private readonly RecentNames? _names;

    /// <summary>Cached <see cref="Stopped"/>: asked before nearly every element, it changes only on a fault.</summary>
    private bool _stopped;

    public P1Reader(ReadOnlySpan<byte> data, bool materialize)
    {
        _data = data;
        Materialize = materialize;
        _names = materialize ? RecentNames.OfThisThread : null;
    }

    /// <summary>Whether the caller builds the model (decode) or only checks (validate).</summary>
    public bool Materialize { get; }

    public ApduKind Kind { get; set; } = ApduKind.Unknown;

    public readonly int Position => _position;

    public readonly ReadOnlySpan<byte> Data => _data;

    public readonly P1Rejection? Rejection => _rejection;

    /// <summary>Whether the structure could be read to the end (values may still have been rejected).</summary>
    public readonly bool StructureIntact => !_structureBroken;

    /// <summary>Reading must stop: the framing is broken, or we only validate and something is already wrong.</summary>
    public readonly bool Stopped => _stopped;

    /// <summary>The frame for the whole input.</summary>
    public readonly Frame Root => new(0, _data.Length, _data.Length);

    /// <summary>Records a structural fault: reading stops. Always returns false.</summary>
    public bool Fail(P1Fault fault, int offset, string reason)
    {
        // An element cut off by the end of the input is reported where it starts: offsets always lie in the input.
        if (offset >= _data.Length)
        {
            offset = Math.Min(_path.InnermostOffset, Math.Max(0, _data.Length - 1));
        }

        _rejection ??= new P1Rejection(Kind, fault, _path.ToString(), offset, reason);
        _structureBroken = true;
        _stopped = true;
        return false;
    }

    /// <summary>
    /// Records a bad value inside intact framing. Validation stops; decoding goes on so that the rest of the
    /// envelope can still address an NDR. Returns whether to go on.
    /// </summary>
    public bool FailValue(P1Fault fault, int offset, string reason)
    {
        _rejection ??= new P1Rejection(Kind, fault, _path.ToString(), offset, reason);
        _stopped |= !Materialize;
        return Materialize;
    }

    public bool Push(Element element, int offset) => _path.TryPush(element, offset) || FailNesting(offset);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FailNesting(int offset) =>
        Fail(P1Fault.NestingTooDeep, offset, $"elements are nested more than {ElementPath.MaxDepth} deep");

    public void Pop() => _path.Pop();

    /// <summary>Marks the innermost component as the <paramref name="index"/>-th member of its list (1-based).</summary>
    public void SetIndex(int index) => _path.SetIndex(index);

    /// <summary>
    /// Whether the next element is, in the common case, a primitive <paramref name="identifier"/> with a short-form
    /// length inside <paramref name="parent"/> and the nesting limit. Moves nothing: a reader's fast path uses it, and
    /// falls back to its checked path (which reports faults with their exact path and offset) for anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool PeekShortPrimitive(in Frame parent, byte identifier, out int contentStart, out int length)
    {
        var position = _position;
        contentStart = position + 2;
        length = 0;
        if ((uint)contentStart > (uint)_data.Length || contentStart > parent.Bound || _data[position] != identifier
            || _path.Depth >= ElementPath.MaxDepth)
        {
            return false;
        }

        length = _data[position + 1];
        return length < 0x80 && length <= parent.Bound - contentStart;
    }

    /// <summary>Reads the header of the next element inside <paramref name="parent"/> and moves to its contents.</summary>
    public bool ReadHeader(in Frame parent, out BerHeader header)
    {
        var error = BerHeaderReader.TryRead(_data, _position, parent.Bound, _data.Length, out header);
        if (error == HeaderError.None)
        {
            _position = header.ContentStart;
            return true;
        }

        return FailHeader(parent, error);
    }

    /// <summary>Records why the header at the current position could not be read. Always returns false.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FailHeader(in Frame parent, HeaderError error)
    {
        var atInputEnd = parent.Bound == _data.Length;
        if (error == HeaderError.EndOfInput && !parent.IsIndefinite && _position == parent.End)
        {
            return Fail(P1Fault.MissingElement, parent.Start, "a mandatory component is missing: its container ends before it");
        }

        return error switch
        {
            HeaderError.EndOfInput when atInputEnd => Fail(P1Fault.Truncated, _position, "the input ends inside an element's identifier or length"),
            HeaderError.EndOfInput => Fail(P1Fault.InvalidLength, _position, "an element's identifier or length runs past the end of its container"),
            HeaderError.LengthExceedsInput => Fail(P1Fault.Truncated, _position, "an element's length runs past the end of the input"),
            HeaderError.LengthExceedsContainer => Fail(P1Fault.InvalidLength, _position, "an element's length runs past the end of its container"),
            HeaderError.IndefinitePrimitive => Fail(P1Fault.InvalidLength, _position, "a primitive element has the indefinite length form"),
            HeaderError.ReservedLength => Fail(P1Fault.InvalidLength, _position, "an element uses the reserved length octet FF"),
            HeaderError.LengthTooLong => Fail(P1Fault.InvalidLength, _position, "an element's length does not fit in 31 bits"),
            _ => Fail(P1Fault.UnexpectedTag, _position, "an element's tag number is malformed or too large"),
        };
    }

    /// <summary>The identifier octet of the next element; call after <see cref="HasMore"/> returned true.</summary>
    public readonly byte PeekIdentifier() => _data[_position];

    /// <summary>Whether <paramref name="frame"/> has another member; false at its end or when reading stopped.</summary>
    public bool HasMore(in Frame frame)
    {
        if (_stopped)
        {
            return false;
        }

        return frame.IsIndefinite ? HasMoreIndefinite(frame) : _position < frame.End;
    }

    /// <summary><see cref="HasMore"/> for an indefinite length: the end-of-contents octets end it (X.690 8.1.5).</summary>
    private bool HasMoreIndefinite(in Frame frame)
    {
        if (_position >= frame.Bound)
        {
            return Fail(frame.Bound == _data.Length ? P1Fault.Truncated : P1Fault.InvalidLength, _position,
                "an indefinite-length element has no end-of-contents octets");
        }

        if (_data[_position] != 0)
        {
            return true;
        }

        if (_position + 1 >= frame.Bound)
        {
            return Fail(frame.Bound == _data.Length ? P1Fault.Truncated : P1Fault.InvalidLength, _position,
                "the end-of-contents octets are cut short (X.690 8.1.5)");
        }

        if (_data[_position + 1] != 0)
        {
            return Fail(P1Fault.InvalidLength, _position, "malformed end-of-contents octets (X.690 8.1.5)");
        }

        return false;
    }

    /// <summary>
    /// Enters the constructed element <paramref name="element"/>, which must carry <paramref name="identifier"/>
    /// (a constructed identifier octet, e.g. 0x31 for SET).
    /// </summary>
    public bool Enter(in Frame parent, byte identifier, Element element, out Frame frame)
    {
        // Fast path: the identifier expected, a short-form length inside the parent, room for one more level. Exactly
        // what Push and EnterItem accept first, without building a BerHeader; anything else takes them, unchanged.
        var start = _position;
        var contentStart = start + 2;
        if ((uint)contentStart <= (uint)_data.Length && contentStart <= parent.Bound && _data[start] == identifier
            && (identifier & 0x1F) != 0x1F && _path.Depth < ElementPath.MaxDepth)
        {
            int length = _data[start + 1];
            if (length >= 0x80)
            {
                // The long form with one or two length octets (X.690 8.1.3.5): the envelope and the lists of larger APDUs.
                length = ReadLongLength(length, ref contentStart, parent.Bound);
            }

            if ((uint)length <= (uint)(parent.Bound - contentStart))
            {
                _path.PushUnchecked(element, start);
                _position = contentStart;
                frame = new Frame(start, contentStart + length, contentStart + length);
                return true;
            }
        }

        frame = default;
        return Push(element, _position) && EnterItem(parent, identifier, out frame);
    }

    /// <summary>
    /// A definite length in the long form with one or two octets (<paramref name="first"/> 81 or 82), all before
    /// <paramref name="bound"/>, moving <paramref name="contentStart"/> past them; -1 for anything else (the checked path
    /// reads it). BER allows a longer form than needed, and so does the checked path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int ReadLongLength(int first, ref int contentStart, int bound)
    {
        var at = contentStart;
        if (first == 0x81 && at < bound)
        {
            contentStart = at + 1;
            return _data[at];
        }

        if (first == 0x82 && at + 1 < bound)
        {
            contentStart = at + 2;
            return (_data[at] << 8) | _data[at + 1];
        }

        return -1;
    }

    /// <summary>
    /// Enters the next member of a SEQUENCE OF / SET OF: the list's own path segment, indexed with
    /// <see cref="SetIndex"/>, names it. Leave it with <see cref="ExitItem"/>.
    /// </summary>
    public bool EnterItem(in Frame parent, byte identifier, out Frame frame)
    {
        var start = _position;
        if (BerHeaderReader.TryRead(_data, start, parent.Bound, _data.Length, out var header) == HeaderError.None
            && header.Identifier == identifier)
        {
            _position = header.ContentStart;
            frame = header.IsIndefinite
                ? new Frame(start, -1, parent.Bound)
                : new Frame(start, header.ContentStart + header.Length, header.ContentStart + header.Length);
            return true;
        }

        return EnterItemChecked(parent, identifier, out frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool EnterItemChecked(in Frame parent, byte identifier, out Frame frame)
    {
        frame = default;
        var start = _position;
        if (!ReadHeader(parent, out var header))
        {
            return false;
        }

        if (header.Identifier != identifier)
        {
            return Fail(header.Identifier == (identifier & ~0x20) ? P1Fault.InvalidForm : P1Fault.UnexpectedTag, start,
                $"expected {Tags.Describe(identifier)}, found {Tags.Describe(header.Identifier)}");
        }

        frame = header.IsIndefinite
            ? new Frame(start, -1, parent.Bound)
            : new Frame(start, header.ContentStart + header.Length, header.ContentStart + header.Length);
        return true;
    }

    /// <summary>Leaves <paramref name="frame"/>: its contents must be used up (and its end-of-contents present).</summary>
    public bool Exit(in Frame frame)
    {
        if (!ExitItem(frame))
        {
            return false;
        }

        _path.Pop();
        return true;
    }

    /// <summary>Leaves a list member entered with <see cref="EnterItem"/>.</summary>
    public bool ExitItem(in Frame frame)
    {
        if (!_structureBroken && !frame.IsIndefinite && _position == frame.End)
        {
            return !_stopped;
        }

        return ExitItemChecked(frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ExitItemChecked(in Frame frame)
    {
        if (_structureBroken)
        {
            return false;
        }

        if (frame.IsIndefinite)
        {
            if (HasMore(frame))
            {
                return Fail(P1Fault.UnexpectedTag, _position, $"unexpected element {Tags.Describe(_data[_position])} after the last component");
            }

            if (_structureBroken)
            {
                return false;
            }

            _position += 2;
        }
        else if (_position != frame.End)
        {
            return Fail(P1Fault.UnexpectedTag, _position, $"unexpected element {Tags.Describe(_data[_position])} after the last component");
        }

        return !Stopped;
    }

    /// <summary>Records that SET member <paramref name="bit"/> was seen; a second time is a fault.</summary>
    public bool MarkSeen(ref ulong seen, int bit, Element element)
    {
        var mask = 1UL << bit;
        if ((seen & mask) != 0)
        {
            return FailDuplicate(element);
        }

        seen |= mask;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FailDuplicate(Element element)
    {
        Push(element, _position);
        return Fail(P1Fault.DuplicateElement, _position, $"{element.Name()} appears twice in the same SET");
    }

    /// <summary>Fails with a missing mandatory component of the element that <paramref name="frame"/> reads.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool Missing(in Frame frame, Element element) =>
        !Stopped && Fail(P1Fault.MissingElement, frame.Start, $"the mandatory component {element.Name()} is missing");

    /// <summary>Fails with an element that does not belong where it stands.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool Unexpected(string where) =>
        !Stopped && Fail(P1Fault.UnexpectedTag, _position, $"{Tags.Describe(_data[_position])} is not a component of {where}");
}
