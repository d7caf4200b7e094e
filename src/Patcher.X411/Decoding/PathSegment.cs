namespace Patcher.X411.Decoding;

/// <summary>One step of a path: a component, and its 1-based position when it is a list member (0 otherwise).</summary>
internal readonly record struct PathSegment(Element Element, int Index);
