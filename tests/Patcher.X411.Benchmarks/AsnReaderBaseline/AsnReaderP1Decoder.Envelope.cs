using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

internal sealed partial class AsnReaderP1Decoder
{
    private const int MaxRecipients = 32767; // ub-recipients

    /// <summary>The members of <c>MessageTransferEnvelope</c> / <c>ProbeTransferEnvelope</c>, matched by tag in any order.</summary>
    private TransferEnvelopeValues ReadTransferEnvelope(AsnReader set, bool probe)
    {
        var fields = new TransferEnvelopeValues();
        var seen = 0;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            switch (tag.TagClass, tag.TagValue)
            {
                case (TagClass.Application, 4):
                    MarkSeen(ref seen, 0, "message-identifier");
                    fields.Identifier = ReadMtsIdentifier(set);
                    break;
                case (TagClass.Application, 0):
                    MarkSeen(ref seen, 1, "originator-name");
                    fields.Originator = ReadOrName(set, Application(0));
                    break;
                case (TagClass.Application, 5):
                    MarkSeen(ref seen, 2, "original-encoded-information-types");
                    fields.OriginalEncodedInformationTypes = ReadEncodedInformationTypes(set);
                    break;
                case (TagClass.Application, 6) or (TagClass.Universal, (int)UniversalTagNumber.ObjectIdentifier):
                    MarkSeen(ref seen, 3, "content-type");
                    fields.ContentType = ReadContentType(set);
                    break;
                case (TagClass.Application, 10):
                    MarkSeen(ref seen, 4, "content-identifier");
                    fields.ContentIdentifier = ReadText(set, UniversalTagNumber.PrintableString, Application(10), 1, 16);
                    break;
                case (TagClass.Application, 7) when !probe:
                    MarkSeen(ref seen, 5, "priority");
                    fields.Priority = (Priority)ReadInt32(set, Application(7), 0, 2);
                    break;
                case (TagClass.Application, 8):
                    MarkSeen(ref seen, 6, "per-message-indicators");
                    fields.PerMessageIndicators = set.ReadNamedBitListValue<PerMessageIndicators>(Application(8));
                    break;
                case (TagClass.ContextSpecific, 0) when !probe:
                    MarkSeen(ref seen, 7, "deferred-delivery-time");
                    fields.DeferredDeliveryTime = set.ReadUtcTime(Context(0));
                    break;
                case (TagClass.ContextSpecific, 0):
                    MarkSeen(ref seen, 7, "content-length");
                    fields.ContentLength = ReadInt32(set, Context(0), 0, int.MaxValue);
                    break;
                case (TagClass.ContextSpecific, 1):
                    MarkSeen(ref seen, 8, "per-domain-bilateral-information");
                    set.ReadEncodedValue();
                    break;
                case (TagClass.Application, 9):
                    MarkSeen(ref seen, 9, "trace-information");
                    fields.Trace = ReadTraceInformation(set);
                    break;
                case (TagClass.ContextSpecific, 3):
                    MarkSeen(ref seen, 10, "extensions");
                    fields.Extensions = ReadExtensions(set, Context(3));
                    break;
                case (TagClass.ContextSpecific, 2):
                    MarkSeen(ref seen, 11, "per-recipient-fields");
                    fields.Recipients = ReadPerRecipientFields(set);
                    break;
                default:
                    throw new AsnContentException($"{tag} is not a component of the transfer envelope.");
            }
        }

        Require(seen, 0, "message-identifier");
        Require(seen, 1, "originator-name");
        Require(seen, 3, "content-type");
        Require(seen, 9, "trace-information");
        Require(seen, 11, "per-recipient-fields");
        return fields;
    }

    /// <summary><c>ContentType ::= CHOICE { built-in [APPLICATION 6] INTEGER (0..32767), extended OBJECT IDENTIFIER }</c>.</summary>
    private ContentType? ReadContentType(AsnReader reader)
    {
        if (reader.PeekTag().TagClass == TagClass.Universal)
        {
            var oid = reader.ReadObjectIdentifier();
            return _materialize ? new ContentType(null, oid) : null;
        }

        var builtIn = ReadInt32(reader, Application(6), 0, 32767);
        return _materialize ? new ContentType(builtIn) : null;
    }

    /// <summary><c>per-recipient-fields [2] SEQUENCE SIZE (1..32767) OF PerRecipientMessageTransferFields</c>.</summary>
    private PerRecipientMessageTransferFields[]? ReadPerRecipientFields(AsnReader reader)
    {
        var sequence = reader.ReadSequence(Context(2));
        var recipients = _materialize ? new List<PerRecipientMessageTransferFields>() : null;
        var count = 0;
        while (sequence.HasData)
        {
            if (++count > MaxRecipients)
            {
                throw new AsnContentException("More than 32767 recipients (ub-recipients).");
            }

            var recipient = ReadRecipient(sequence.ReadSetOf());
            recipients?.Add(recipient.GetValueOrDefault());
        }

        if (count == 0)
        {
            throw new AsnContentException("per-recipient-fields is empty.");
        }

        return recipients?.ToArray();
    }

    /// <summary><c>SET { recipient-name, [0] number, [1] indicators, [2] explicit-conversion OPTIONAL, [3] extensions }</c>.</summary>
    private PerRecipientMessageTransferFields? ReadRecipient(AsnReader set)
    {
        var seen = 0;
        OrName? name = null;
        int number = 0, conversion = 0;
        var indicators = PerRecipientIndicators.None;
        ExtensionValues? extensions = null;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            switch (tag.TagClass, tag.TagValue)
            {
                case (TagClass.Application, 0):
                    MarkSeen(ref seen, 0, "recipient-name");
                    name = ReadOrName(set, Application(0));
                    break;
                case (TagClass.ContextSpecific, 0):
                    MarkSeen(ref seen, 1, "originally-specified-recipient-number");
                    number = ReadInt32(set, Context(0), 1, MaxRecipients);
                    break;
                case (TagClass.ContextSpecific, 1):
                    MarkSeen(ref seen, 2, "per-recipient-indicators");
                    indicators = set.ReadNamedBitListValue<PerRecipientIndicators>(Context(1));
                    break;
                case (TagClass.ContextSpecific, 2):
                    MarkSeen(ref seen, 3, "explicit-conversion");
                    conversion = ReadInt32(set, Context(2), 0, 256);
                    break;
                case (TagClass.ContextSpecific, 3):
                    MarkSeen(ref seen, 4, "extensions");
                    extensions = ReadExtensions(set, Context(3));
                    break;
                default:
                    throw new AsnContentException($"{tag} is not a component of PerRecipientMessageTransferFields.");
            }
        }

        Require(seen, 0, "recipient-name");
        Require(seen, 1, "originally-specified-recipient-number");
        Require(seen, 2, "per-recipient-indicators");
        return _materialize
            ? new PerRecipientMessageTransferFields(name!, number, indicators, (seen & 8) != 0 ? conversion : null,
                extensions?.Fields.ToArray() ?? [])
            : null;
    }
}
