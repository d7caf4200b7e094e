namespace Patcher.X411.Model;

/// <summary>Builds <see cref="EquatableArray{T}"/> values, including from collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>An array of <paramref name="items"/> (copied).</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => EquatableArray<T>.Own(items.ToArray());
}
