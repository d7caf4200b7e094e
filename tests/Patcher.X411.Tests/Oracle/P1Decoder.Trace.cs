using System.Runtime.CompilerServices;
using Patcher.X411.Tests.Oracle.Ber;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Oracle;

internal static partial class P1Decoder
{
    private const int MaxTransfers = 512; // ub-transfers

    /// <summary>
    /// <c>TraceInformation ::= [APPLICATION 9] SEQUENCE SIZE (1..512) OF TraceInformationElement</c>; the defect of
    /// KB Q248732 lives in its arrival times.
    /// </summary>
    private static bool ReadTraceInformation(ref P1Reader r, in Frame parent, Element element, out TraceInformationElement[]? value)
    {
        var list = default(TraceInformation);
        var read = ReadSequenceOf(ref r, parent, Tags.TraceInformation, element, ref list);
        value = read && r.Materialize ? list.ToValue() : null;
        return read;
    }

    /// <summary>
    /// <c>DomainSuppliedInformation ::= SET { arrival-time [0], routing-action [2], attempted-domain OPTIONAL,
    /// deferred-time [1] OPTIONAL, converted-encoded-information-types OPTIONAL, other-actions [3] DEFAULT {} }</c>.
    /// </summary>
    private static bool ReadDomainSuppliedInformation(ref P1Reader r, in Frame parent, out DomainSuppliedInformation? value)
    {
        value = null;
        if (!r.Enter(parent, Tags.Set, Element.DomainSuppliedInformation, out var frame))
        {
            return false;
        }

        var fields = default(SuppliedInformation);
        while (r.HasMore(frame))
        {
            var ok = r.PeekIdentifier() == Tags.GlobalDomainIdentifier
                ? r.MarkSeen(ref fields.Seen, 4, Element.AttemptedDomain)
                    && ReadGlobalDomainIdentifier(ref r, frame, Element.AttemptedDomain, out fields.AttemptedDomain)
                : ReadSuppliedInformationMember(ref r, frame, ref fields, "DomainSuppliedInformation");
            if (!ok)
            {
                return false;
            }
        }

        if (!CheckSuppliedInformation(ref r, frame, fields) || !r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize
            ? new DomainSuppliedInformation(fields.ArrivalTime, fields.RoutingAction, fields.AttemptedDomain, fields.DeferredTime,
                fields.Converted, fields.OtherActions)
            : null;
        return true;
    }

    /// <summary>
    /// <c>InternalTraceInformation ::= SEQUENCE SIZE (1..512) OF SEQUENCE { global-domain-identifier, mta-name,
    /// mta-supplied-information }</c>, the value of standard extension 38.
    /// </summary>
    private static bool ReadInternalTraceInformation(ref P1Reader r, in Frame parent, out InternalTraceInformationElement[]? value)
    {
        var list = default(InternalTraceInformation);
        var read = ReadSequenceOf(ref r, parent, Tags.Sequence, Element.InternalTraceInformation, ref list);
        value = read && r.Materialize ? list.ToValue() : null;
        return read;
    }

    /// <summary>
    /// <c>MTASuppliedInformation ::= SET { arrival-time [0], routing-action [2], attempted CHOICE { mta MTAName,
    /// domain GlobalDomainIdentifier } OPTIONAL, COMPONENTS OF InternalAdditionalActions }</c>.
    /// </summary>
    private static bool ReadMtaSuppliedInformation(ref P1Reader r, in Frame parent, out MtaSuppliedInformation? value)
    {
        value = null;
        if (!r.Enter(parent, Tags.Set, Element.MtaSuppliedInformation, out var frame))
        {
            return false;
        }

        var fields = default(SuppliedInformation);
        string? attemptedMta = null;
        while (r.HasMore(frame))
        {
            var identifier = r.PeekIdentifier();
            var ok = identifier switch
            {
                Tags.GlobalDomainIdentifier => r.MarkSeen(ref fields.Seen, 4, Element.Attempted)
                    && ReadGlobalDomainIdentifier(ref r, frame, Element.Attempted, out fields.AttemptedDomain),
                Tags.Ia5String or (Tags.Ia5String | 0x20) => r.MarkSeen(ref fields.Seen, 4, Element.Attempted)
                    && ReadText(ref r, frame, Tags.Ia5String, Element.Attempted, CharacterSet.Ia5, 32, out attemptedMta),
                _ => ReadSuppliedInformationMember(ref r, frame, ref fields, "MTASuppliedInformation"),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!CheckSuppliedInformation(ref r, frame, fields) || !r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize
            ? new MtaSuppliedInformation(fields.ArrivalTime, fields.RoutingAction, attemptedMta, fields.AttemptedDomain,
                fields.DeferredTime, fields.Converted, fields.OtherActions)
            : null;
        return true;
    }

    /// <summary>The members domain- and MTA-supplied information share: [0], [1], [2], [3] and converted EITs.</summary>
    private static bool ReadSuppliedInformationMember(ref P1Reader r, in Frame frame, ref SuppliedInformation fields, string where)
    {
        switch (r.PeekIdentifier())
        {
            case 0x80 or 0xA0:
                if (!r.MarkSeen(ref fields.Seen, 0, Element.ArrivalTime))
                {
                    return false;
                }

                return r.ReadTime(frame, Tags.Context(0), Element.ArrivalTime, out fields.ArrivalTime);
            case 0x81 or 0xA1:
                if (!r.MarkSeen(ref fields.Seen, 1, Element.DeferredTime) || !r.ReadTime(frame, Tags.Context(1), Element.DeferredTime, out var deferred))
                {
                    return false;
                }

                fields.DeferredTime = deferred;
                return true;
            case 0x82:
                if (!r.MarkSeen(ref fields.Seen, 2, Element.RoutingAction)
                    || !r.ReadEnumerated(frame, Tags.Context(2), Element.RoutingAction, 1, out var action))
                {
                    return false;
                }

                fields.RoutingAction = (RoutingAction)action;
                return true;
            case 0x83:
                if (!r.MarkSeen(ref fields.Seen, 3, Element.OtherActions)
                    || !r.ReadBits(frame, Tags.Context(3), Element.OtherActions, 16, out var actions))
                {
                    return false;
                }

                fields.OtherActions = (OtherActions)actions;
                return true;
            case Tags.EncodedInformationTypes:
                return r.MarkSeen(ref fields.Seen, 5, Element.ConvertedEncodedInformationTypes)
                    && ReadEncodedInformationTypes(ref r, frame, Element.ConvertedEncodedInformationTypes, out fields.Converted);
            default:
                return r.Unexpected(where);
        }
    }

    private static bool CheckSuppliedInformation(ref P1Reader r, in Frame frame, in SuppliedInformation fields)
    {
        if (r.Stopped)
        {
            return false;
        }

        if ((fields.Seen & 1) == 0)
        {
            return r.Missing(frame, Element.ArrivalTime);
        }

        return (fields.Seen & 4) != 0 || r.Missing(frame, Element.RoutingAction);
    }

    /// <summary>What domain- and MTA-supplied information have in common, gathered while reading the SET.</summary>
    private struct SuppliedInformation
    {
        public ulong Seen;
        public DateTimeOffset ArrivalTime;
        public RoutingAction RoutingAction;
        public GlobalDomainIdentifier? AttemptedDomain;
        public DateTimeOffset? DeferredTime;
        public EncodedInformationTypes? Converted;
        public OtherActions OtherActions;
    }

    /// <summary><c>TraceInformation</c>: 1..512 (ub-transfers) <c>SEQUENCE { global-domain-identifier, domain-supplied-information }</c>.</summary>
    private struct TraceInformation : ISequenceOf
    {
        private ArrayBuilder<TraceInformationElement> _elements;

        public static int UpperBound => MaxTransfers;

        public static Element? RequiredElement => Element.TraceInformation;

        public static bool TooMany(ref P1Reader r) =>
            r.Fail(P1Fault.TooManyTraceElements, r.Position, $"more than {MaxTransfers} trace elements (ub-transfers): the message is looping");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadMember(ref P1Reader r, in Frame list, int index)
        {
            if (!r.EnterItem(list, Tags.Sequence, out var item)
                || !ReadGlobalDomainIdentifier(ref r, item, Element.GlobalDomainIdentifier, out var domain)
                || !ReadDomainSuppliedInformation(ref r, item, out var information)
                || !r.ExitItem(item))
            {
                return false;
            }

            if (r.Materialize)
            {
                _elements.Add(new TraceInformationElement(domain!, information.GetValueOrDefault()));
            }

            return true;
        }

        public readonly TraceInformationElement[] ToValue() => _elements.ToArray();
    }

    /// <summary><c>InternalTraceInformation</c>: 1..512 (ub-transfers) <c>SEQUENCE { global-domain-identifier, mta-name, mta-supplied-information }</c>.</summary>
    private struct InternalTraceInformation : ISequenceOf
    {
        private ArrayBuilder<InternalTraceInformationElement> _elements;

        public static int UpperBound => MaxTransfers;

        public static Element? RequiredElement => Element.InternalTraceInformation;

        public static bool TooMany(ref P1Reader r) =>
            r.Fail(P1Fault.TooManyTraceElements, r.Position, $"more than {MaxTransfers} internal trace elements (ub-transfers): the message is looping");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadMember(ref P1Reader r, in Frame list, int index)
        {
            if (!r.EnterItem(list, Tags.Sequence, out var item)
                || !ReadGlobalDomainIdentifier(ref r, item, Element.GlobalDomainIdentifier, out var domain)
                || !ReadText(ref r, item, Tags.Ia5String, Element.MtaName, CharacterSet.Ia5, 32, out var mta)
                || !ReadMtaSuppliedInformation(ref r, item, out var information)
                || !r.ExitItem(item))
            {
                return false;
            }

            if (r.Materialize)
            {
                _elements.Add(new InternalTraceInformationElement(domain!, mta!, information.GetValueOrDefault()));
            }

            return true;
        }

        public readonly InternalTraceInformationElement[] ToValue() => _elements.ToArray();
    }
}
