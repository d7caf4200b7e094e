using System.Buffers;

namespace Patcher.X411.Decoding;

/// <summary>
/// Gathers the members of a SEQUENCE OF while decoding. The first four stay in the builder (most lists in an APDU have
/// one to three members: hops, recipients); more go to a pooled array. The array handed over is therefore the only
/// allocation, exact-size, however long the list.
/// </summary>
/// <typeparam name="T">The member type.</typeparam>
internal struct ArrayBuilder<T>
{
    private ListOfFour<T> _first;
    private T[]? _rest;
    private int _count;

    public void Add(T item)
    {
        if (_count < 4)
        {
            _first[_count++] = item;
            return;
        }

        AddToRest(item);
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
    public T[] ToArray()
    {
        if (_count <= 4)
        {
            return _count == 0 ? [] : _first.ToArray(_count);
        }

        var items = new T[_count];
        ((ReadOnlySpan<T>)_first).CopyTo(items);
        _rest.AsSpan(0, _count - 4).CopyTo(items.AsSpan(4));
        ArrayPool<T>.Shared.Return(_rest!, clearArray: true);
        _rest = null;
        return items;
    }

    private void AddToRest(T item)
    {
        var index = _count - 4;
        if (_rest is null)
        {
            _rest = ArrayPool<T>.Shared.Rent(16);
        }
        else if (index == _rest.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(index * 2);
            _rest.CopyTo(larger, 0);
            ArrayPool<T>.Shared.Return(_rest, clearArray: true);
            _rest = larger;
        }

        _rest[index] = item;
        _count++;
    }
}
