namespace Patcher.X411.Tests.Oracle;

/// <summary>
/// One step of a path: a component, its 1-based position when it is a list member (0 otherwise), and the offset of
/// its first octet.
/// </summary>
internal readonly record struct PathSegment(Element Element, int Index, int Offset);
