namespace Patcher.X411.Tests.Oracle;

/// <summary>
/// Gathers the members of a SEQUENCE OF while decoding, without a <see cref="List{T}"/> around them; the array it
/// hands over is exact-size and is used as is when it fills up exactly.
/// </summary>
/// <typeparam name="T">The member type.</typeparam>
internal struct ArrayBuilder<T>
{
    private T[]? _items;
    private int _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = new T[4];
        }
        else if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = item;
    }

    /// <summary>Adds <paramref name="item"/> when <paramref name="decoding"/>; returns true, to follow a successful read.</summary>
    public bool AddWhen(bool decoding, T item)
    {
        if (decoding)
        {
            Add(item);
        }

        return true;
    }

    /// <summary>The members; the builder must not be used afterwards.</summary>
    public readonly T[] ToArray() =>
        _items is null ? [] : _count == _items.Length ? _items : _items.AsSpan(0, _count).ToArray();
}
