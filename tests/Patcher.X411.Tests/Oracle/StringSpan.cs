namespace Patcher.X411.Tests.Oracle;

/// <summary>
/// Where a string's octets are: one run (primitive form) or the segments of a constructed form (X.690 8.23.5),
/// so validation needs no copy and decoding copies once.
/// </summary>
/// <param name="Start">Offset of the contents.</param>
/// <param name="End">Offset just past the contents (before any end-of-contents octets).</param>
/// <param name="Segmented">Whether the contents are OCTET STRING segments.</param>
/// <param name="Length">The number of octets in the value.</param>
internal readonly record struct StringSpan(int Start, int End, bool Segmented, int Length);
