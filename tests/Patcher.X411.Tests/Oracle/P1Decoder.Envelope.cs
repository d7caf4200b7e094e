using System.Runtime.CompilerServices;
using Patcher.X411.Tests.Oracle.Ber;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Oracle;

internal static partial class P1Decoder
{
    private const int MaxRecipients = 32767; // ub-recipients

    /// <summary>
    /// The members of <c>MessageTransferEnvelope</c> and <c>ProbeTransferEnvelope</c> (X.411 MTAAbstractService),
    /// matched by tag in any order. The two differ in one member: deferred-delivery-time [0] (message) or
    /// content-length [0] (probe); a message also has priority.
    /// </summary>
    private static bool ReadTransferEnvelope(ref P1Reader r, in Frame frame, bool probe, out TransferEnvelopeFields fields)
    {
        fields = default;
        var where = probe ? "ProbeTransferEnvelope" : "MessageTransferEnvelope";
        var identifierElement = probe ? Element.ProbeIdentifier : Element.MessageIdentifier;
        while (r.HasMore(frame))
        {
            var identifier = r.PeekIdentifier();
            var ok = identifier switch
            {
                Tags.MtsIdentifier => r.MarkSeen(ref fields.Seen, 0, identifierElement)
                    && ReadMtsIdentifier(ref r, frame, identifierElement, out fields.Identifier),
                Tags.OrName => r.MarkSeen(ref fields.Seen, 1, Element.OriginatorName)
                    && ReadOrName(ref r, frame, Tags.OrName, Element.OriginatorName, out fields.Originator),
                Tags.EncodedInformationTypes => r.MarkSeen(ref fields.Seen, 2, Element.OriginalEncodedInformationTypes)
                    && ReadEncodedInformationTypes(ref r, frame, Element.OriginalEncodedInformationTypes, out fields.OriginalEncodedInformationTypes),
                Tags.BuiltInContentType or Tags.ObjectIdentifier => r.MarkSeen(ref fields.Seen, 3, Element.ContentType)
                    && ReadContentType(ref r, frame, out fields.ContentType),
                Tags.ContentIdentifier or (Tags.ContentIdentifier | 0x20) => r.MarkSeen(ref fields.Seen, 4, Element.ContentIdentifier)
                    && ReadText(ref r, frame, Tags.ContentIdentifier, Element.ContentIdentifier, CharacterSet.Printable, 16, out fields.ContentIdentifier),
                Tags.Priority when !probe => r.MarkSeen(ref fields.Seen, 5, Element.Priority)
                    && ReadPriority(ref r, frame, ref fields),
                Tags.PerMessageIndicators => r.MarkSeen(ref fields.Seen, 6, Element.PerMessageIndicators)
                    && ReadPerMessageIndicators(ref r, frame, ref fields),
                0x80 or 0xA0 when !probe => r.MarkSeen(ref fields.Seen, 7, Element.DeferredDeliveryTime)
                    && ReadDeferredDeliveryTime(ref r, frame, ref fields),
                0x80 when probe => r.MarkSeen(ref fields.Seen, 7, Element.ContentLength)
                    && ReadContentLength(ref r, frame, ref fields),
                0xA1 => r.MarkSeen(ref fields.Seen, 8, Element.PerDomainBilateralInformation)
                    && r.Skip(frame, Element.PerDomainBilateralInformation, out _),
                Tags.TraceInformation => r.MarkSeen(ref fields.Seen, 9, Element.TraceInformation)
                    && ReadTraceInformation(ref r, frame, Element.TraceInformation, out fields.Trace),
                0xA3 => r.MarkSeen(ref fields.Seen, 10, Element.Extensions)
                    && ReadExtensions(ref r, frame, 0xA3, out fields.Extensions),
                0xA2 => r.MarkSeen(ref fields.Seen, 11, Element.PerRecipientFields)
                    && ReadPerRecipientFields(ref r, frame, out fields.Recipients),
                _ => r.Unexpected(where),
            };
            if (!ok)
            {
                return false;
            }
        }

        return Require(ref r, frame, fields.Seen, 0, identifierElement)
            && Require(ref r, frame, fields.Seen, 1, Element.OriginatorName)
            && Require(ref r, frame, fields.Seen, 3, Element.ContentType)
            && Require(ref r, frame, fields.Seen, 9, Element.TraceInformation)
            && Require(ref r, frame, fields.Seen, 11, Element.PerRecipientFields);
    }

    private static bool ReadPriority(ref P1Reader r, in Frame frame, ref TransferEnvelopeFields fields)
    {
        var ok = r.ReadEnumerated(frame, Tags.Priority, Element.Priority, 2, out var priority);
        fields.Priority = (Priority)priority;
        return ok;
    }

    private static bool ReadPerMessageIndicators(ref P1Reader r, in Frame frame, ref TransferEnvelopeFields fields)
    {
        var ok = r.ReadBits(frame, Tags.PerMessageIndicators, Element.PerMessageIndicators, 16, out var bits);
        fields.PerMessageIndicators = (PerMessageIndicators)bits;
        return ok;
    }

    private static bool ReadDeferredDeliveryTime(ref P1Reader r, in Frame frame, ref TransferEnvelopeFields fields)
    {
        var ok = r.ReadTime(frame, Tags.Context(0), Element.DeferredDeliveryTime, out var time);
        fields.DeferredDeliveryTime = time;
        return ok;
    }

    private static bool ReadContentLength(ref P1Reader r, in Frame frame, ref TransferEnvelopeFields fields)
    {
        var ok = r.ReadInteger(frame, Tags.Context(0), Element.ContentLength, 0, int.MaxValue, out var length);
        fields.ContentLength = length;
        return ok;
    }

    /// <summary>
    /// <c>per-recipient-fields [2] SEQUENCE SIZE (1..32767) OF SET { recipient-name, originally-specified-recipient-number [0],
    /// per-recipient-indicators [1], explicit-conversion [2] OPTIONAL, extensions [3] DEFAULT {} }</c>.
    /// </summary>
    private static bool ReadPerRecipientFields(ref P1Reader r, in Frame parent, out PerRecipientMessageTransferFields[]? value)
    {
        var list = default(MessageRecipients);
        var read = ReadSequenceOf(ref r, parent, 0xA2, Element.PerRecipientFields, ref list);
        value = read && r.Materialize ? list.ToValue() : null;
        return read;
    }

    private static bool ReadRecipient(ref P1Reader r, in Frame parent, out PerRecipientMessageTransferFields? value)
    {
        value = null;
        if (!r.EnterItem(parent, Tags.Set, out var frame))
        {
            return false;
        }

        ulong seen = 0;
        OrName? name = null;
        long number = 0, conversion = 0;
        var indicators = 0;
        EnvelopeExtensions? extensions = null;
        while (r.HasMore(frame))
        {
            var ok = r.PeekIdentifier() switch
            {
                Tags.OrName => r.MarkSeen(ref seen, 0, Element.RecipientName)
                    && ReadOrName(ref r, frame, Tags.OrName, Element.RecipientName, out name),
                0x80 => r.MarkSeen(ref seen, 1, Element.OriginallySpecifiedRecipientNumber)
                    && r.ReadInteger(frame, Tags.Context(0), Element.OriginallySpecifiedRecipientNumber, 1, MaxRecipients, out number),
                0x81 => r.MarkSeen(ref seen, 2, Element.PerRecipientIndicators)
                    && r.ReadBits(frame, Tags.Context(1), Element.PerRecipientIndicators, 16, out indicators),
                0x82 => r.MarkSeen(ref seen, 3, Element.ExplicitConversion)
                    && r.ReadInteger(frame, Tags.Context(2), Element.ExplicitConversion, 0, 256, out conversion),
                0xA3 => r.MarkSeen(ref seen, 4, Element.Extensions)
                    && ReadExtensions(ref r, frame, 0xA3, out extensions),
                _ => r.Unexpected("PerRecipientMessageTransferFields"),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Require(ref r, frame, seen, 0, Element.RecipientName)
            || !Require(ref r, frame, seen, 1, Element.OriginallySpecifiedRecipientNumber)
            || !Require(ref r, frame, seen, 2, Element.PerRecipientIndicators)
            || !r.ExitItem(frame))
        {
            return false;
        }

        value = r.Materialize
            ? new PerRecipientMessageTransferFields(name!, (int)number, (PerRecipientIndicators)indicators,
                (seen & 8) != 0 ? (int)conversion : null, ExtensionFields(extensions))
            : null;
        return true;
    }

    /// <summary>Fails unless SET member <paramref name="bit"/> was seen.</summary>
    private static bool Require(ref P1Reader r, in Frame frame, ulong seen, int bit, Element element) =>
        !r.Stopped && ((seen & (1UL << bit)) != 0 || r.Missing(frame, element));

    /// <summary>More than <c>ub-recipients</c> per-recipient fields, in a message or a report.</summary>
    private static bool TooManyRecipients(ref P1Reader r) =>
        r.Fail(P1Fault.TooManyRecipients, r.Position, $"more than {MaxRecipients} recipients (ub-recipients)");

    /// <summary>A message's per-recipient fields: 1..32767 (ub-recipients).</summary>
    private struct MessageRecipients : ISequenceOf
    {
        private ArrayBuilder<PerRecipientMessageTransferFields> _recipients;

        public static int UpperBound => MaxRecipients;

        public static Element? RequiredElement => Element.PerRecipientFields;

        public static bool TooMany(ref P1Reader r) => TooManyRecipients(ref r);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadMember(ref P1Reader r, in Frame list, int index) =>
            ReadRecipient(ref r, list, out var recipient) && _recipients.AddWhen(r.Materialize, recipient.GetValueOrDefault());

        public readonly PerRecipientMessageTransferFields[] ToValue() => _recipients.ToArray();
    }
}
