using System.Runtime.CompilerServices;

namespace Patcher.X411.Decoding;

public static partial class P1Decoder
{
    /// <summary>
    /// The one SEQUENCE OF / SET OF reader: enters the list, names each member by its 1-based index in the path, stops at
    /// the list's upper bound (X.411 <c>SIZE (1..ub)</c>), reports an empty list as its missing element unless the list
    /// may be empty, and leaves the list. <typeparamref name="TList"/> is a struct, so each list gets its own code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ReadSequenceOf<TList, TValue>(ref P1Reader r, in Frame parent, byte identifier, Element element, out TValue? value)
        where TList : struct, ISequenceOf<TValue>
        where TValue : class
    {
        value = null;
        if (!r.Enter(parent, identifier, element, out var frame))
        {
            return false;
        }

        var list = default(TList);
        var count = 0;
        while (r.HasMore(frame))
        {
            r.SetIndex(++count);
            if (count > TList.UpperBound)
            {
                return TList.TooMany(ref r);
            }

            if (!list.ReadMember(ref r, frame, count))
            {
                return false;
            }
        }

        if (count == 0 && TList.RequiredElement is { } required)
        {
            return r.Missing(frame, required);
        }

        if (!r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize ? list.ToValue(count) : null;
        return true;
    }
}
