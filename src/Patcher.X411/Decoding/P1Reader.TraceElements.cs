using System.Runtime.CompilerServices;
using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// Reads, in its common form, a <c>TraceInformationElement ::= SEQUENCE { global-domain-identifier,
    /// domain-supplied-information SET { arrival-time [0], routing-action [2] } }</c>: a relay's hop with nothing but its
    /// arrival time (a valid UTCTime, primitive) and routing action, in that order, every header two octets, the domain
    /// in its common form. Anything else (an attempted domain, deferred time, converted types, other actions, another
    /// order or form, any bad value) moves nothing and returns false: the caller reads the element checked.
    /// </summary>
    public bool TryReadTraceElement(in Frame parent, out DomainParts domain, out DateTimeOffset arrival, out RoutingAction action)
    {
        var p = _position;
        if (!CanReadCommonForm(DomainLevels) || !TryTraceElementAt(ref p, parent.Bound, out domain, out arrival, out action))
        {
            domain = default;
            arrival = default;
            action = default;
            return false;
        }

        _position = p;
        return true;
    }

    /// <summary>The common form of a trace element at <paramref name="position"/> (see <see cref="TryReadTraceElement"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryTraceElementAt(ref int position, int bound, out DomainParts domain, out DateTimeOffset arrival, out RoutingAction action)
    {
        arrival = default;
        action = default;
        domain = default;
        var p = position;
        if (!TryEnterAt(ref p, bound, Tags.Sequence, out var end)
            || !TryGlobalDomainAt(ref p, end, out domain)
            || !TryEnterAt(ref p, end, Tags.Set, out var suppliedEnd)
            || suppliedEnd != end
            || !TryTimeAt(ref p, end, Tags.Context(0), out arrival)
            || !TryIntegerAt(ref p, end, Tags.Context(2), 0, 1, out var routing)
            || p != end)
        {
            return false;
        }

        position = p;
        action = (RoutingAction)routing;
        return true;
    }
}
