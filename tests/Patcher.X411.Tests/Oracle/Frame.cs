namespace Patcher.X411.Tests.Oracle;

/// <summary>
/// A constructed element being read: where its contents end (definite length), or that they end with an
/// end-of-contents marker (indefinite), and the bound no member may cross.
/// </summary>
/// <param name="Start">Offset of the element's tag.</param>
/// <param name="End">Offset just past the contents, or -1 for an indefinite length.</param>
/// <param name="Bound">Offset no member may extend past (the enclosing definite end, or the input's end).</param>
internal readonly record struct Frame(int Start, int End, int Bound)
{
    public bool IsIndefinite => End < 0;
}
