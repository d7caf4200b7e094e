using System.Runtime.CompilerServices;

namespace Patcher.X411.Tests.Oracle;

/// <summary>A few strings a decode made lately, kept in the reader so that equal values can share one instance.</summary>
[InlineArray(Size)]
internal struct RecentStrings
{
    public const int Size = 16;

    private string? _first;
}
