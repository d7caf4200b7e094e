using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

internal sealed partial class AsnReaderP1Decoder
{
    /// <summary><c>ReportTransferEnvelope ::= SET { report-identifier, report-destination-name, trace-information, extensions [1] }</c>.</summary>
    private ReportTransferEnvelope? ReadReportEnvelope(AsnReader set)
    {
        var seen = 0;
        MtsIdentifier? identifier = null;
        OrName? destination = null;
        TraceInformationElement[]? trace = null;
        ExtensionValues? extensions = null;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            switch (tag.TagClass, tag.TagValue)
            {
                case (TagClass.Application, 4):
                    MarkSeen(ref seen, 0, "report-identifier");
                    identifier = ReadMtsIdentifier(set);
                    break;
                case (TagClass.Application, 0):
                    MarkSeen(ref seen, 1, "report-destination-name");
                    destination = ReadOrName(set, Application(0));
                    break;
                case (TagClass.Application, 9):
                    MarkSeen(ref seen, 2, "trace-information");
                    trace = ReadTraceInformation(set);
                    break;
                case (TagClass.ContextSpecific, 1):
                    MarkSeen(ref seen, 3, "extensions");
                    extensions = ReadExtensions(set, Context(1));
                    break;
                default:
                    throw new AsnContentException($"{tag} is not a component of ReportTransferEnvelope.");
            }
        }

        Require(seen, 0, "report-identifier");
        Require(seen, 1, "report-destination-name");
        Require(seen, 2, "trace-information");
        return _materialize
            ? new ReportTransferEnvelope(identifier.GetValueOrDefault(), destination!, trace!)
            {
                Extensions = extensions?.Fields.ToArray() ?? [],
                InternalTraceInformation = extensions?.InternalTrace ?? [],
                ExtensionTraceInformation = extensions?.Trace ?? [],
            }
            : null;
    }

    /// <summary><c>ReportTransferContent ::= SET { subject-identifier, ..., per-recipient-fields [0] SEQUENCE OF }</c>.</summary>
    private ReportTransferContent? ReadReportContent(AsnReader set)
    {
        var seen = 0;
        MtsIdentifier? subject = null;
        TraceInformationElement[]? trace = null;
        EncodedInformationTypes? types = null;
        ContentType? contentType = null;
        string? contentIdentifier = null;
        byte[]? returned = null;
        ExtensionValues? extensions = null;
        List<PerRecipientReportTransferFields>? recipients = null;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            switch (tag.TagClass, tag.TagValue)
            {
                case (TagClass.Application, 4):
                    MarkSeen(ref seen, 0, "subject-identifier");
                    subject = ReadMtsIdentifier(set);
                    break;
                case (TagClass.Application, 9):
                    MarkSeen(ref seen, 1, "subject-intermediate-trace-information");
                    trace = ReadTraceInformation(set);
                    break;
                case (TagClass.Application, 5):
                    MarkSeen(ref seen, 2, "original-encoded-information-types");
                    types = ReadEncodedInformationTypes(set);
                    break;
                case (TagClass.Application, 6) or (TagClass.Universal, (int)UniversalTagNumber.ObjectIdentifier):
                    MarkSeen(ref seen, 3, "content-type");
                    contentType = ReadContentType(set);
                    break;
                case (TagClass.Application, 10):
                    MarkSeen(ref seen, 4, "content-identifier");
                    contentIdentifier = ReadText(set, UniversalTagNumber.PrintableString, Application(10), 1, 16);
                    break;
                case (TagClass.ContextSpecific, 1):
                    MarkSeen(ref seen, 5, "returned-content");
                    returned = set.ReadOctetString(Context(1));
                    break;
                case (TagClass.ContextSpecific, 2):
                    MarkSeen(ref seen, 6, "additional-information");
                    set.ReadEncodedValue();
                    break;
                case (TagClass.ContextSpecific, 3):
                    MarkSeen(ref seen, 7, "extensions");
                    extensions = ReadExtensions(set, Context(3));
                    break;
                case (TagClass.ContextSpecific, 0):
                    MarkSeen(ref seen, 8, "per-recipient-fields");
                    recipients = ReadReportRecipients(set.ReadSequence(Context(0)));
                    break;
                default:
                    throw new AsnContentException($"{tag} is not a component of ReportTransferContent.");
            }
        }

        Require(seen, 0, "subject-identifier");
        Require(seen, 8, "per-recipient-fields");
        return _materialize
            ? new ReportTransferContent(subject.GetValueOrDefault(), recipients!.ToArray())
            {
                SubjectIntermediateTraceInformation = trace ?? [],
                OriginalEncodedInformationTypes = types,
                ContentType = contentType,
                ContentIdentifier = contentIdentifier,
                ReturnedContent = returned is null ? (EquatableArray<byte>?)null : returned,
                Extensions = extensions?.Fields.ToArray() ?? [],
            }
            : null;
    }

    private List<PerRecipientReportTransferFields>? ReadReportRecipients(AsnReader sequence)
    {
        var recipients = _materialize ? new List<PerRecipientReportTransferFields>() : null;
        var count = 0;
        while (sequence.HasData)
        {
            if (++count > MaxRecipients)
            {
                throw new AsnContentException("More than 32767 recipients (ub-recipients).");
            }

            var recipient = ReadReportRecipient(sequence.ReadSetOf());
            recipients?.Add(recipient!);
        }

        return count == 0 ? throw new AsnContentException("per-recipient-fields is empty.") : recipients;
    }

    /// <summary><c>PerRecipientReportTransferFields ::= SET { [0] name, [1] number, [2] indicators, [3] last-trace, [4] OPTIONAL, [5] OPTIONAL, [6] extensions }</c>.</summary>
    private PerRecipientReportTransferFields? ReadReportRecipient(AsnReader set)
    {
        var seen = 0;
        OrName? actual = null, intended = null;
        var number = 0;
        var indicators = PerRecipientIndicators.None;
        LastTraceInformation? last = null;
        string? supplementary = null;
        ExtensionValues? extensions = null;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            if (tag.TagClass != TagClass.ContextSpecific || tag.TagValue > 6)
            {
                throw new AsnContentException($"{tag} is not a component of PerRecipientReportTransferFields.");
            }

            MarkSeen(ref seen, tag.TagValue, "a PerRecipientReportTransferFields component");
            switch (tag.TagValue)
            {
                case 0:
                    actual = ReadOrName(set, Context(0));
                    break;
                case 1:
                    number = ReadInt32(set, Context(1), 1, MaxRecipients);
                    break;
                case 2:
                    indicators = set.ReadNamedBitListValue<PerRecipientIndicators>(Context(2));
                    break;
                case 3:
                    last = ReadLastTrace(set.ReadSetOf(Context(3)));
                    break;
                case 4:
                    intended = ReadOrName(set, Context(4));
                    break;
                case 5:
                    supplementary = ReadText(set, UniversalTagNumber.PrintableString, Context(5), 1, 256);
                    break;
                default:
                    extensions = ReadExtensions(set, Context(6));
                    break;
            }
        }

        Require(seen, 0, "actual-recipient-name");
        Require(seen, 1, "originally-specified-recipient-number");
        Require(seen, 2, "per-recipient-indicators");
        Require(seen, 3, "last-trace-information");
        return _materialize
            ? new PerRecipientReportTransferFields(actual!, number, indicators, last!, intended, supplementary,
                extensions?.Fields.ToArray() ?? [])
            : null;
    }

    /// <summary><c>LastTraceInformation ::= SET { arrival-time [0], converted-EITs OPTIONAL, report-type [1] EXPLICIT CHOICE }</c>.</summary>
    private LastTraceInformation? ReadLastTrace(AsnReader set)
    {
        var seen = 0;
        DateTimeOffset arrival = default;
        EncodedInformationTypes? converted = null;
        ReportType? reportType = null;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            switch (tag.TagClass, tag.TagValue)
            {
                case (TagClass.ContextSpecific, 0):
                    MarkSeen(ref seen, 0, "arrival-time");
                    arrival = set.ReadUtcTime(Context(0));
                    break;
                case (TagClass.Application, 5):
                    MarkSeen(ref seen, 1, "converted-encoded-information-types");
                    converted = ReadEncodedInformationTypes(set);
                    break;
                case (TagClass.ContextSpecific, 1):
                    MarkSeen(ref seen, 2, "report-type");
                    var choice = set.ReadSequence(Context(1));
                    reportType = ReadReportType(choice);
                    choice.ThrowIfNotEmpty();
                    break;
                default:
                    throw new AsnContentException($"{tag} is not a component of LastTraceInformation.");
            }
        }

        Require(seen, 0, "arrival-time");
        Require(seen, 2, "report-type");
        return _materialize ? new LastTraceInformation(arrival, reportType!, converted) : null;
    }

    /// <summary><c>ReportType ::= CHOICE { delivery [0] SET { time [0], type-of-MTS-user [1] }, non-delivery [1] SET { reason [0], diagnostic [1] OPTIONAL } }</c>.</summary>
    private ReportType? ReadReportType(AsnReader choice)
    {
        var delivery = choice.PeekTag().HasSameClassAndValue(Context(0));
        var set = choice.ReadSetOf(Context(delivery ? 0 : 1));
        var seen = 0;
        DateTimeOffset time = default;
        int first = 0, second = 0;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            switch (tag.TagClass, tag.TagValue, delivery)
            {
                case (TagClass.ContextSpecific, 0, true):
                    MarkSeen(ref seen, 0, "message-delivery-time");
                    time = set.ReadUtcTime(Context(0));
                    break;
                case (TagClass.ContextSpecific, 1, true):
                    MarkSeen(ref seen, 1, "type-of-MTS-user");
                    second = ReadInt32(set, Context(1), 0, 256);
                    break;
                case (TagClass.ContextSpecific, 0, false):
                    MarkSeen(ref seen, 0, "non-delivery-reason-code");
                    first = ReadInt32(set, Context(0), 0, 32767);
                    break;
                case (TagClass.ContextSpecific, 1, false):
                    MarkSeen(ref seen, 1, "non-delivery-diagnostic-code");
                    second = ReadInt32(set, Context(1), 0, 32767);
                    break;
                default:
                    throw new AsnContentException($"{tag} is not a component of the report type.");
            }
        }

        Require(seen, 0, delivery ? "message-delivery-time" : "non-delivery-reason-code");
        return !_materialize ? null
            : delivery ? new DeliveryReport(time, second)
            : new NonDeliveryReport((NonDeliveryReason)first, (seen & 2) != 0 ? (NonDeliveryDiagnostic)second : null);
    }
}
