namespace Patcher.X411.Decoding;

/// <summary>
/// Gathers the members of a list whose encoded end is known while decoding it in its common form: the array is sized
/// at the first member, for as many members as the list holds if all are about as long as that one (the recipients and
/// hops of one message mostly are), so that it is usually the only allocation and is handed over without a copy. Never
/// more slots than the list's upper bound allows, nor than one per first member's length in the rest of the list: a
/// hostile length cannot make it large.
/// </summary>
/// <typeparam name="T">The member type.</typeparam>
internal struct MeasuredList<T>
{
    private T[]? _items;
    private int _count;

    /// <summary>
    /// Adds the member read from <paramref name="start"/> to <paramref name="end"/>, in a list ending at
    /// <paramref name="listEnd"/> that holds at most <paramref name="upperBound"/> members.
    /// </summary>
    public void Add(T item, int start, int end, int listEnd, int upperBound)
    {
        if (_items is null)
        {
            // A list of one (a single hop, a single recipient) is the most common, and needs no division to size.
            var length = Math.Max(1, end - start);
            _items = new T[end == listEnd ? 1 : Math.Min(upperBound, 1 + ((listEnd - end + (length / 2)) / length))];
        }
        else if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = item;
    }

    /// <summary>The members, exact-size; the list must not be used afterwards.</summary>
    public T[] ToArray()
    {
        if (_items is null)
        {
            return [];
        }

        if (_count != _items.Length)
        {
            Array.Resize(ref _items, _count);
        }

        return _items;
    }
}
