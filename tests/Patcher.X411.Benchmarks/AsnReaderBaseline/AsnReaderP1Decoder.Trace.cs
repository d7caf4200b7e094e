using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

internal sealed partial class AsnReaderP1Decoder
{
    private const int MaxTransfers = 512; // ub-transfers

    /// <summary><c>TraceInformation ::= [APPLICATION 9] SEQUENCE SIZE (1..512) OF SEQUENCE { global-domain-identifier, domain-supplied-information }</c>.</summary>
    private TraceInformationElement[]? ReadTraceInformation(AsnReader reader)
    {
        var sequence = reader.ReadSequence(Application(9));
        var elements = _materialize ? new List<TraceInformationElement>() : null;
        var count = 0;
        while (sequence.HasData)
        {
            if (++count > MaxTransfers)
            {
                throw new AsnContentException("More than 512 trace elements (ub-transfers).");
            }

            var item = sequence.ReadSequence();
            var domain = ReadGlobalDomainIdentifier(item);
            var information = ReadDomainSuppliedInformation(item.ReadSetOf());
            item.ThrowIfNotEmpty();
            elements?.Add(new TraceInformationElement(domain!, information.GetValueOrDefault()));
        }

        return count == 0 ? throw new AsnContentException("trace-information is empty.") : elements?.ToArray();
    }

    /// <summary><c>DomainSuppliedInformation ::= SET { arrival-time [0], routing-action [2], attempted-domain OPTIONAL, deferred-time [1] OPTIONAL, converted-EITs OPTIONAL, other-actions [3] }</c>.</summary>
    private DomainSuppliedInformation? ReadDomainSuppliedInformation(AsnReader set)
    {
        var fields = new SuppliedInformationValues();
        while (set.HasData)
        {
            var tag = set.PeekTag();
            if (tag.HasSameClassAndValue(Application(3)))
            {
                MarkSeen(ref fields.Seen, 4, "attempted-domain");
                fields.AttemptedDomain = ReadGlobalDomainIdentifier(set);
            }
            else
            {
                ReadSuppliedInformationMember(set, tag, ref fields);
            }
        }

        CheckSuppliedInformation(fields);
        return _materialize
            ? new DomainSuppliedInformation(fields.ArrivalTime, fields.RoutingAction, fields.AttemptedDomain, fields.DeferredTime,
                fields.Converted, fields.OtherActions)
            : null;
    }

    /// <summary><c>InternalTraceInformation ::= SEQUENCE SIZE (1..512) OF SEQUENCE { global-domain-identifier, mta-name IA5String, mta-supplied-information }</c>.</summary>
    private InternalTraceInformationElement[]? ReadInternalTraceInformation(AsnReader reader)
    {
        var sequence = reader.ReadSequence();
        var elements = _materialize ? new List<InternalTraceInformationElement>() : null;
        var count = 0;
        while (sequence.HasData)
        {
            if (++count > MaxTransfers)
            {
                throw new AsnContentException("More than 512 internal trace elements (ub-transfers).");
            }

            var item = sequence.ReadSequence();
            var domain = ReadGlobalDomainIdentifier(item);
            var mta = ReadText(item, UniversalTagNumber.IA5String, null, 1, 32);
            var information = ReadMtaSuppliedInformation(item.ReadSetOf());
            item.ThrowIfNotEmpty();
            elements?.Add(new InternalTraceInformationElement(domain!, mta!, information.GetValueOrDefault()));
        }

        return count == 0 ? throw new AsnContentException("internal trace information is empty.") : elements?.ToArray();
    }

    /// <summary><c>MTASuppliedInformation ::= SET { arrival-time [0], routing-action [2], attempted CHOICE { mta, domain } OPTIONAL, ... }</c>.</summary>
    private MtaSuppliedInformation? ReadMtaSuppliedInformation(AsnReader set)
    {
        var fields = new SuppliedInformationValues();
        string? attemptedMta = null;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            if (tag.HasSameClassAndValue(Application(3)))
            {
                MarkSeen(ref fields.Seen, 4, "attempted");
                fields.AttemptedDomain = ReadGlobalDomainIdentifier(set);
            }
            else if (tag.HasSameClassAndValue(new Asn1Tag(UniversalTagNumber.IA5String)))
            {
                MarkSeen(ref fields.Seen, 4, "attempted");
                attemptedMta = ReadText(set, UniversalTagNumber.IA5String, null, 1, 32);
            }
            else
            {
                ReadSuppliedInformationMember(set, tag, ref fields);
            }
        }

        CheckSuppliedInformation(fields);
        return _materialize
            ? new MtaSuppliedInformation(fields.ArrivalTime, fields.RoutingAction, attemptedMta, fields.AttemptedDomain,
                fields.DeferredTime, fields.Converted, fields.OtherActions)
            : null;
    }

    /// <summary>The members domain- and MTA-supplied information share: [0], [1], [2], [3] and converted EITs.</summary>
    private void ReadSuppliedInformationMember(AsnReader set, Asn1Tag tag, ref SuppliedInformationValues fields)
    {
        switch (tag.TagClass, tag.TagValue)
        {
            case (TagClass.ContextSpecific, 0):
                MarkSeen(ref fields.Seen, 0, "arrival-time");
                fields.ArrivalTime = set.ReadUtcTime(Context(0)); // KB Q248732: 80 00 throws here
                break;
            case (TagClass.ContextSpecific, 1):
                MarkSeen(ref fields.Seen, 1, "deferred-time");
                fields.DeferredTime = set.ReadUtcTime(Context(1));
                break;
            case (TagClass.ContextSpecific, 2):
                MarkSeen(ref fields.Seen, 2, "routing-action");
                fields.RoutingAction = (RoutingAction)ReadInt32(set, Context(2), 0, 1);
                break;
            case (TagClass.ContextSpecific, 3):
                MarkSeen(ref fields.Seen, 3, "other-actions");
                fields.OtherActions = set.ReadNamedBitListValue<OtherActions>(Context(3));
                break;
            case (TagClass.Application, 5):
                MarkSeen(ref fields.Seen, 5, "converted-encoded-information-types");
                fields.Converted = ReadEncodedInformationTypes(set);
                break;
            default:
                throw new AsnContentException($"{tag} is not a component of supplied information.");
        }
    }

    private static void CheckSuppliedInformation(in SuppliedInformationValues fields)
    {
        Require(fields.Seen, 0, "arrival-time");
        Require(fields.Seen, 2, "routing-action");
    }
}
