using System.Collections;
using System.Runtime.CompilerServices;

namespace Patcher.X411.Model;

/// <summary>
/// An immutable array compared by its elements, so that decoded structures are values:
/// <c>decode(encode(x)) == x</c> holds for the records that carry lists.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/> (copied, so later changes to it do not show).</summary>
    public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether there are no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Wraps an array without copying; the caller gives up the array.</summary>
    internal static EquatableArray<T> Own(T[] items) => new(items, owned: true);

    // An empty array cannot change: it is shared rather than copied.
    private EquatableArray(T[] items, bool owned) => _items = owned || items.Length == 0 ? items : (T[])items.Clone();

    /// <summary>Converts from an array (copied).</summary>
    public static implicit operator EquatableArray<T>(T[] items) => new(items, owned: false);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) =>
        AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equality by elements.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Inequality by elements.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", this)}]";
}
