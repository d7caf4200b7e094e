using System.Runtime.CompilerServices;
using Patcher.X411.Tests.Oracle.Ber;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Oracle;

internal static partial class P1Decoder
{
    /// <summary><c>ReportTransferEnvelope ::= SET { report-identifier, report-destination-name, trace-information, extensions [1] DEFAULT {} }</c>.</summary>
    private static bool ReadReportEnvelope(ref P1Reader r, in Frame parent, out ReportTransferEnvelope? value)
    {
        value = null;
        if (!r.Enter(parent, Tags.Set, Element.Envelope, out var frame))
        {
            return false;
        }

        ulong seen = 0;
        MtsIdentifier? identifier = null;
        OrName? destination = null;
        TraceInformationElement[]? trace = null;
        EnvelopeExtensions? extensions = null;
        while (r.HasMore(frame))
        {
            var ok = r.PeekIdentifier() switch
            {
                Tags.MtsIdentifier => r.MarkSeen(ref seen, 0, Element.ReportIdentifier)
                    && ReadMtsIdentifier(ref r, frame, Element.ReportIdentifier, out identifier),
                Tags.OrName => r.MarkSeen(ref seen, 1, Element.ReportDestinationName)
                    && ReadOrName(ref r, frame, Tags.OrName, Element.ReportDestinationName, out destination),
                Tags.TraceInformation => r.MarkSeen(ref seen, 2, Element.TraceInformation)
                    && ReadTraceInformation(ref r, frame, Element.TraceInformation, out trace),
                0xA1 => r.MarkSeen(ref seen, 3, Element.Extensions) && ReadExtensions(ref r, frame, 0xA1, out extensions),
                _ => r.Unexpected("ReportTransferEnvelope"),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Require(ref r, frame, seen, 0, Element.ReportIdentifier)
            || !Require(ref r, frame, seen, 1, Element.ReportDestinationName)
            || !Require(ref r, frame, seen, 2, Element.TraceInformation)
            || !r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize
            ? new ReportTransferEnvelope(identifier.GetValueOrDefault(), destination!, Owned(trace))
            {
                Extensions = ExtensionFields(extensions),
                InternalTraceInformation = Owned(extensions?.InternalTrace),
                ExtensionTraceInformation = Owned(extensions?.Trace),
            }
            : null;
        return true;
    }

    /// <summary>
    /// <c>ReportTransferContent ::= SET { subject-identifier, subject-intermediate-trace-information OPTIONAL, original-EITs
    /// OPTIONAL, content-type OPTIONAL, content-identifier OPTIONAL, returned-content [1] OPTIONAL, additional-information [2]
    /// OPTIONAL, extensions [3] DEFAULT {}, per-recipient-fields [0] }</c>.
    /// </summary>
    private static bool ReadReportContent(ref P1Reader r, in Frame parent, out ReportTransferContent? value)
    {
        value = null;
        if (!r.Enter(parent, Tags.Set, Element.Content, out var frame))
        {
            return false;
        }

        ulong seen = 0;
        MtsIdentifier? subject = null;
        TraceInformationElement[]? trace = null;
        EncodedInformationTypes? types = null;
        ContentType? contentType = null;
        string? contentIdentifier = null;
        StringSpan returned = default;
        EnvelopeExtensions? extensions = null;
        PerRecipientReportTransferFields[]? recipients = null;
        while (r.HasMore(frame))
        {
            var ok = r.PeekIdentifier() switch
            {
                Tags.MtsIdentifier => r.MarkSeen(ref seen, 0, Element.SubjectIdentifier)
                    && ReadMtsIdentifier(ref r, frame, Element.SubjectIdentifier, out subject),
                Tags.TraceInformation => r.MarkSeen(ref seen, 1, Element.SubjectIntermediateTraceInformation)
                    && ReadTraceInformation(ref r, frame, Element.SubjectIntermediateTraceInformation, out trace),
                Tags.EncodedInformationTypes => r.MarkSeen(ref seen, 2, Element.OriginalEncodedInformationTypes)
                    && ReadEncodedInformationTypes(ref r, frame, Element.OriginalEncodedInformationTypes, out types),
                Tags.BuiltInContentType or Tags.ObjectIdentifier => r.MarkSeen(ref seen, 3, Element.ContentType)
                    && ReadContentType(ref r, frame, out contentType),
                Tags.ContentIdentifier or (Tags.ContentIdentifier | 0x20) => r.MarkSeen(ref seen, 4, Element.ContentIdentifier)
                    && ReadText(ref r, frame, Tags.ContentIdentifier, Element.ContentIdentifier, CharacterSet.Printable, 16, out contentIdentifier),
                0x81 or 0xA1 => r.MarkSeen(ref seen, 5, Element.ReturnedContent)
                    && r.ReadString(frame, Tags.Context(1), Element.ReturnedContent, CharacterSet.Octets, 0, int.MaxValue, out returned),
                0xA2 => r.MarkSeen(ref seen, 6, Element.AdditionalInformation)
                    && r.Skip(frame, Element.AdditionalInformation, out _),
                0xA3 => r.MarkSeen(ref seen, 7, Element.Extensions) && ReadExtensions(ref r, frame, 0xA3, out extensions),
                0xA0 => r.MarkSeen(ref seen, 8, Element.PerRecipientFields)
                    && ReadReportRecipients(ref r, frame, out recipients),
                _ => r.Unexpected("ReportTransferContent"),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Require(ref r, frame, seen, 0, Element.SubjectIdentifier)
            || !Require(ref r, frame, seen, 8, Element.PerRecipientFields)
            || !r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize
            ? new ReportTransferContent(subject.GetValueOrDefault(), Owned(recipients))
            {
                SubjectIntermediateTraceInformation = Owned(trace),
                OriginalEncodedInformationTypes = types,
                ContentType = contentType,
                ContentIdentifier = contentIdentifier,
                ReturnedContent = (seen & (1UL << 5)) != 0 ? EquatableArray<byte>.Own(r.GetBytes(returned)) : (EquatableArray<byte>?)null,
                Extensions = ExtensionFields(extensions),
            }
            : null;
        return true;
    }

    private static bool ReadReportRecipients(ref P1Reader r, in Frame parent, out PerRecipientReportTransferFields[]? value)
    {
        var list = default(ReportRecipients);
        var read = ReadSequenceOf(ref r, parent, 0xA0, Element.PerRecipientFields, ref list);
        value = read && r.Materialize ? list.ToValue() : null;
        return read;
    }

    /// <summary>
    /// <c>PerRecipientReportTransferFields ::= SET { actual-recipient-name [0], originally-specified-recipient-number [1],
    /// per-recipient-indicators [2], last-trace-information [3], originally-intended-recipient-name [4] OPTIONAL,
    /// supplementary-information [5] OPTIONAL, extensions [6] DEFAULT {} }</c>.
    /// </summary>
    private static bool ReadReportRecipient(ref P1Reader r, in Frame parent, out PerRecipientReportTransferFields? value)
    {
        value = null;
        if (!r.EnterItem(parent, Tags.Set, out var frame))
        {
            return false;
        }

        ulong seen = 0;
        OrName? actual = null, intended = null;
        long number = 0;
        var indicators = 0;
        LastTraceInformation? last = null;
        string? supplementary = null;
        EnvelopeExtensions? extensions = null;
        while (r.HasMore(frame))
        {
            var ok = r.PeekIdentifier() switch
            {
                0xA0 => r.MarkSeen(ref seen, 0, Element.ActualRecipientName)
                    && ReadOrName(ref r, frame, 0xA0, Element.ActualRecipientName, out actual),
                0x81 => r.MarkSeen(ref seen, 1, Element.OriginallySpecifiedRecipientNumber)
                    && r.ReadInteger(frame, Tags.Context(1), Element.OriginallySpecifiedRecipientNumber, 1, MaxRecipients, out number),
                0x82 => r.MarkSeen(ref seen, 2, Element.PerRecipientIndicators)
                    && r.ReadBits(frame, Tags.Context(2), Element.PerRecipientIndicators, 16, out indicators),
                0xA3 => r.MarkSeen(ref seen, 3, Element.LastTraceInformation) && ReadLastTrace(ref r, frame, out last),
                0xA4 => r.MarkSeen(ref seen, 4, Element.OriginallyIntendedRecipientName)
                    && ReadOrName(ref r, frame, 0xA4, Element.OriginallyIntendedRecipientName, out intended),
                0x85 or 0xA5 => r.MarkSeen(ref seen, 5, Element.SupplementaryInformation)
                    && ReadText(ref r, frame, Tags.Context(5), Element.SupplementaryInformation, CharacterSet.Printable, 256, out supplementary),
                0xA6 => r.MarkSeen(ref seen, 6, Element.Extensions) && ReadExtensions(ref r, frame, 0xA6, out extensions),
                _ => r.Unexpected("PerRecipientReportTransferFields"),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Require(ref r, frame, seen, 0, Element.ActualRecipientName)
            || !Require(ref r, frame, seen, 1, Element.OriginallySpecifiedRecipientNumber)
            || !Require(ref r, frame, seen, 2, Element.PerRecipientIndicators)
            || !Require(ref r, frame, seen, 3, Element.LastTraceInformation)
            || !r.ExitItem(frame))
        {
            return false;
        }

        value = r.Materialize
            ? new PerRecipientReportTransferFields(actual!, (int)number, (PerRecipientIndicators)indicators, last!, intended,
                supplementary, ExtensionFields(extensions))
            : null;
        return true;
    }

    /// <summary>
    /// <c>LastTraceInformation ::= SET { arrival-time [0], converted-EITs OPTIONAL, report-type [1] }</c>, with
    /// <c>report-type [1]</c> explicit around <c>CHOICE { delivery [0] SET, non-delivery [1] SET }</c>.
    /// </summary>
    private static bool ReadLastTrace(ref P1Reader r, in Frame parent, out LastTraceInformation? value)
    {
        value = null;
        if (!r.Enter(parent, 0xA3, Element.LastTraceInformation, out var frame))
        {
            return false;
        }

        ulong seen = 0;
        DateTimeOffset arrival = default;
        EncodedInformationTypes? converted = null;
        ReportType? reportType = null;
        while (r.HasMore(frame))
        {
            var ok = r.PeekIdentifier() switch
            {
                0x80 or 0xA0 => r.MarkSeen(ref seen, 0, Element.ArrivalTime)
                    && r.ReadTime(frame, Tags.Context(0), Element.ArrivalTime, out arrival),
                Tags.EncodedInformationTypes => r.MarkSeen(ref seen, 1, Element.ConvertedEncodedInformationTypes)
                    && ReadEncodedInformationTypes(ref r, frame, Element.ConvertedEncodedInformationTypes, out converted),
                0xA1 => r.MarkSeen(ref seen, 2, Element.ReportType) && ReadReportType(ref r, frame, out reportType),
                _ => r.Unexpected("LastTraceInformation"),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Require(ref r, frame, seen, 0, Element.ArrivalTime)
            || !Require(ref r, frame, seen, 2, Element.ReportType)
            || !r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize ? new LastTraceInformation(arrival, reportType!, converted) : null;
        return true;
    }

    private static bool ReadReportType(ref P1Reader r, in Frame parent, out ReportType? value)
    {
        value = null;
        if (!r.Enter(parent, 0xA1, Element.ReportType, out var choice) || !r.HasMore(choice))
        {
            return r.Missing(choice, Element.ReportType);
        }

        var delivery = r.PeekIdentifier() == 0xA0;
        if (!r.Enter(choice, delivery ? (byte)0xA0 : (byte)0xA1, delivery ? Element.Delivery : Element.NonDelivery, out var frame))
        {
            return false;
        }

        ulong seen = 0;
        DateTimeOffset time = default;
        long first = 0, second = 0;
        while (r.HasMore(frame))
        {
            var ok = (r.PeekIdentifier(), delivery) switch
            {
                (0x80 or 0xA0, true) => r.MarkSeen(ref seen, 0, Element.MessageDeliveryTime)
                    && r.ReadTime(frame, Tags.Context(0), Element.MessageDeliveryTime, out time),
                (0x81, true) => r.MarkSeen(ref seen, 1, Element.TypeOfMtsUser)
                    && r.ReadInteger(frame, Tags.Context(1), Element.TypeOfMtsUser, 0, 256, out second),
                (0x80, false) => r.MarkSeen(ref seen, 0, Element.NonDeliveryReasonCode)
                    && r.ReadInteger(frame, Tags.Context(0), Element.NonDeliveryReasonCode, 0, 32767, out first),
                (0x81, false) => r.MarkSeen(ref seen, 1, Element.NonDeliveryDiagnosticCode)
                    && r.ReadInteger(frame, Tags.Context(1), Element.NonDeliveryDiagnosticCode, 0, 32767, out second),
                _ => r.Unexpected(delivery ? "DeliveryReport" : "NonDeliveryReport"),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Require(ref r, frame, seen, 0, delivery ? Element.MessageDeliveryTime : Element.NonDeliveryReasonCode)
            || !r.Exit(frame) || !r.Exit(choice))
        {
            return false;
        }

        value = !r.Materialize ? null
            : delivery ? new DeliveryReport(time, (int)second)
            : new NonDeliveryReport((NonDeliveryReason)first, (seen & 2) != 0 ? (NonDeliveryDiagnostic)second : null);
        return true;
    }

    /// <summary>A report's per-recipient fields: 1..32767 (ub-recipients).</summary>
    private struct ReportRecipients : ISequenceOf
    {
        private ArrayBuilder<PerRecipientReportTransferFields> _recipients;

        public static int UpperBound => MaxRecipients;

        public static Element? RequiredElement => Element.PerRecipientFields;

        public static bool TooMany(ref P1Reader r) => TooManyRecipients(ref r);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadMember(ref P1Reader r, in Frame list, int index) =>
            ReadReportRecipient(ref r, list, out var recipient) && _recipients.AddWhen(r.Materialize, recipient!);

        public readonly PerRecipientReportTransferFields[] ToValue() => _recipients.ToArray();
    }
}
