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
        arrival = default;
        action = default;
        var p = _position;
        if (!CanReadCommonForm(DomainLevels)
            || !TryEnterAt(ref p, parent.Bound, Tags.Sequence, out var end)
            || !TryGlobalDomainAt(ref p, end, out domain)
            || !TryEnterAt(ref p, end, Tags.Set, out var suppliedEnd)
            || suppliedEnd != end
            || !TryTimeAt(ref p, end, Tags.Context(0), out arrival)
            || !TryIntegerAt(ref p, end, Tags.Context(2), 0, 1, out var routing)
            || p != end)
        {
            domain = default;
            return false;
        }

        _position = p;
        action = (RoutingAction)routing;
        return true;
    }
}
