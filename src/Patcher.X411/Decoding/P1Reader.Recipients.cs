using System.Runtime.CompilerServices;
using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// Reads, in its common form, a message's <c>PerRecipientMessageTransferFields ::= SET { recipient-name,
    /// originally-specified-recipient-number [0] INTEGER (1..<paramref name="maxNumber"/>), per-recipient-indicators [1]
    /// BIT STRING (SIZE 1..16) }</c>: these three in this order, every header two octets, the name in its common form, and
    /// nothing else (no explicit conversion, no extensions). Anything else moves nothing and returns false.
    /// </summary>
    public bool TryReadRecipient(in Frame parent, int maxNumber, out OrNameParts name, out int number, out PerRecipientIndicators indicators)
    {
        var p = _position;
        if (!CanReadCommonForm(OrNameLevels) || !TryRecipientAt(ref p, parent.Bound, maxNumber, out name, out number, out indicators))
        {
            name = default;
            number = 0;
            indicators = default;
            return false;
        }

        _position = p;
        return true;
    }

    /// <summary>The common form of a message's per-recipient fields at <paramref name="position"/> (see <see cref="TryReadRecipient"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryRecipientAt(ref int position, int bound, int maxNumber, out OrNameParts name, out int number,
        out PerRecipientIndicators indicators)
    {
        number = 0;
        indicators = default;
        name = default;
        var p = position;
        if (!TryEnterAt(ref p, bound, Tags.Set, out var end)
            || !TryOrNameAt(ref p, end, Tags.OrName, out name)
            || !TryIntegerAt(ref p, end, Tags.Context(0), 1, maxNumber, out var value)
            || !TryBitsAt(ref p, end, Tags.Context(1), 16, out var bits)
            || p != end)
        {
            return false;
        }

        position = p;
        number = (int)value;
        indicators = (PerRecipientIndicators)bits;
        return true;
    }
}
