using System.Text;

namespace Patcher.X411.Decoding;

/// <summary>
/// The path from the APDU to the element being read; it becomes a string only when something is rejected. Its segments
/// live in one buffer per thread, taken at the first push: the reader is a local of every call, and zeroing 32 segments
/// there each time was 3.7 % of validating a one-hop message (perf), while the common forms that read most messages
/// push nothing. The engine never reads two APDUs at once on one thread (<see cref="P1Decoder"/>'s two entry points
/// make the only readers, and nothing calls out while reading), so one buffer per thread is enough; validation still
/// allocates nothing once a thread has its buffer.
/// </summary>
internal struct ElementPath
{
    /// <summary>Deeper than any X.411 structure we read; more is a nesting bomb.</summary>
    public const int MaxDepth = 32;

    [ThreadStatic]
    private static PathSegment[]? _ofThisThread;

    private PathSegment[]? _segments;
    private int _depth;

    private PathSegment[] Segments => _segments ??= _ofThisThread ??= new PathSegment[MaxDepth];

    public readonly int Depth => _depth;

    public bool TryPush(Element element, int offset)
    {
        var depth = _depth;
        if ((uint)depth >= MaxDepth)
        {
            return false;
        }

        Segments[depth] = new PathSegment(element, 0, offset);
        _depth = depth + 1;
        return true;
    }

    /// <summary>Pushes a segment; the caller has checked that <see cref="Depth"/> is below <see cref="MaxDepth"/>.</summary>
    public void PushUnchecked(Element element, int offset)
    {
        var depth = _depth;
        Segments[depth] = new PathSegment(element, 0, offset);
        _depth = depth + 1;
    }

    public void Pop() => _depth--;

    /// <summary>Where the innermost component starts, or 0 at the top.</summary>
    public readonly int InnermostOffset => _depth == 0 ? 0 : _segments![_depth - 1].Offset;

    /// <summary>Marks the innermost component as the <paramref name="index"/>-th member of its list (1-based).</summary>
    public void SetIndex(int index)
    {
        ref var segment = ref _segments![_depth - 1];
        segment = segment with { Index = index };
    }

    public override readonly string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            var segment = _segments![i];
            if (i > 0)
            {
                text.Append('/');
            }

            text.Append(segment.Element.Name());
            if (segment.Index > 0)
            {
                text.Append('[').Append(segment.Index).Append(']');
            }
        }

        return text.ToString();
    }
}
