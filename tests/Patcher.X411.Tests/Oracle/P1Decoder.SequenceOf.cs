using System.Runtime.CompilerServices;

namespace Patcher.X411.Tests.Oracle;

internal static partial class P1Decoder
{
    /// <summary>
    /// The one SEQUENCE OF / SET OF reader: enters the list, names each member by its 1-based index in the path, stops at
    /// the list's upper bound (X.411 <c>SIZE (1..ub)</c>), reports an empty list as its missing element unless the list
    /// may be empty, and leaves the list. <typeparamref name="TList"/> is a struct, so each list gets its own code, with
    /// the bounds as constants and the member reader inlined in the loop; on success <paramref name="list"/> holds the
    /// members. Never inlined into its one-line caller: there it would exhaust the JIT's inlining budget, one level deeper
    /// than the loop used to be, and leave trivial reader calls (<c>HasMore</c>, <c>Exit</c>, <c>ExitItem</c>) out of line;
    /// as its own root it gets the budget the hand-written loops had (JitDisasm: 20 against 55 inlinees for trace).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadSequenceOf<TList>(ref P1Reader r, in Frame parent, byte identifier, Element element, ref TList list)
        where TList : struct, ISequenceOf
    {
        if (!r.Enter(parent, identifier, element, out var frame))
        {
            return false;
        }

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

        return r.Exit(frame);
    }
}
