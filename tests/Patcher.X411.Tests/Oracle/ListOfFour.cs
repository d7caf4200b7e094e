using System.Runtime.CompilerServices;

namespace Patcher.X411.Tests.Oracle;

/// <summary>
/// Up to four list members, kept on the stack: organizational units and domain-defined attributes are bounded by 4
/// (ub-organizational-units, ub-domain-defined-attributes), so the final array is the only allocation.
/// </summary>
/// <typeparam name="T">The member type.</typeparam>
[InlineArray(4)]
internal struct ListOfFour<T>
{
    private T _first;

    /// <summary>The first <paramref name="count"/> members as an exact-size array.</summary>
    public readonly T[] ToArray(int count) => ((ReadOnlySpan<T>)this)[..count].ToArray();
}
