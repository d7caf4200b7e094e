using System.Runtime.CompilerServices;

namespace Patcher.X411.Decoding;

/// <summary>
/// A few strings a decode made lately, kept in the reader so that equal values can share one instance: <see cref="Sets"/>
/// sets of two, the one used last first (<see cref="P1Reader.GetString"/>).
/// </summary>
[InlineArray(Sets * 2)]
internal struct RecentStrings
{
    public const int Sets = 16;

    private string? _first;
}
