using System.Runtime.CompilerServices;
using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

public static partial class P1Decoder
{
    /// <summary>
    /// Decodes, in its common form, a whole <c>Message</c> at the reader's position: exactly the forms
    /// <see cref="P1Reader.TryValidateMessage"/> accepts (the envelope holding identifier, originator, a built-in content
    /// type, trace and recipients in that order, each in its own common form, definite lengths, a primitive content),
    /// building the model as it goes. One pass and one committed position: no frame, path segment, SET dispatch or list
    /// reader per element. The values are those the checked path builds from the same common forms.
    /// </summary>
    /// <param name="r">The reader, at the message.</param>
    /// <param name="parent">The frame the message is in.</param>
    /// <param name="fields">
    /// When false: the envelope's members read and built before the common form stopped, with their bits in
    /// <see cref="TransferEnvelopeFields.Seen"/>, for the checked path to go on from (as validation does).
    /// </param>
    /// <param name="resumeAt">When false: where those members end (0 if none was read).</param>
    /// <param name="value">The message, when true.</param>
    /// <remarks>
    /// A list that stops partway (a hop with a deferred time, a recipient with extensions) is dropped whole, its members
    /// built so far with it, and read checked. Never inlined, as <see cref="P1Reader.TryValidateMessage"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryDecodeMessage(ref P1Reader r, in Frame parent, ref TransferEnvelopeFields fields, out int resumeAt,
        out MtsApdu? value)
    {
        resumeAt = 0;
        value = null;
        var p = r.Position;
        var forms = r; // read through a copy held here (P1Reader.CommonForms.cs)
        if (!forms.CanReadMessageCommonForm
            || !forms.TryEnterLongAt(ref p, parent.Bound, 0xA0, out var messageEnd)
            || !forms.TryEnterLongAt(ref p, messageEnd, Tags.Set, out var envelopeEnd)
            || !forms.TryMtsIdentifierAt(ref p, envelopeEnd, Tags.MtsIdentifier, out var domain, out var local))
        {
            return false;
        }

        // The SET loop's member numbers (ReadTransferEnvelope): identifier 0, originator 1, content type 3, trace 9,
        // recipients 11.
        fields.Identifier = new MtsIdentifier(ToDomain(ref r, domain), r.GetUnsharedString(r.StringAt(local)));
        Accept(ref fields, ref resumeAt, p, 0);
        if (!forms.TryOrNameAt(ref p, envelopeEnd, Tags.OrName, out var originator))
        {
            return false;
        }

        fields.Originator = ToOrName(ref r, originator);
        Accept(ref fields, ref resumeAt, p, 1);
        if (!forms.TryIntegerAt(ref p, envelopeEnd, Tags.BuiltInContentType, 0, 32767, out var contentType))
        {
            return false;
        }

        fields.ContentType = BuiltInContentType(contentType);
        Accept(ref fields, ref resumeAt, p, 3);
        if ((p = TraceEnd(ref r, p, envelopeEnd, out fields.Trace)) < 0)
        {
            return false;
        }

        Accept(ref fields, ref resumeAt, p, 9);
        if ((p = RecipientsEnd(ref r, p, envelopeEnd, out fields.Recipients)) < 0)
        {
            return false;
        }

        Accept(ref fields, ref resumeAt, p, 11);
        if (p != envelopeEnd
            || !forms.TryEnterLongAt(ref p, messageEnd, Tags.OctetString, out var contentEnd)
            || contentEnd != messageEnd)
        {
            return false;
        }

        // The common form has only these five members: every optional member of the envelope keeps its default.
        var envelope = new MessageTransferEnvelope(fields.Identifier, fields.Originator!, fields.ContentType!, Owned(fields.Trace),
            Owned(fields.Recipients));
        value = new MessageApdu(envelope, Owned(r.Data[p..contentEnd].ToArray()));
        r.CommitMessage(messageEnd);
        return true;

        static void Accept(ref TransferEnvelopeFields fields, ref int resumeAt, int position, int member)
        {
            resumeAt = position;
            fields.Seen |= 1UL << member;
        }
    }

    /// <summary>
    /// <c>trace-information</c> in its common form (every element so), built: where it ends, or -1. The position goes
    /// in and out by value, as <see cref="P1Reader"/>'s <c>RecipientsEnd</c> says why.
    /// </summary>
    private static int TraceEnd(ref P1Reader r, int position, int end, out TraceInformationElement[]? value)
    {
        value = null;
        var p = position;
        var forms = r; // read through a copy held here (P1Reader.CommonForms.cs)
        if (!forms.TryEnterLongAt(ref p, end, Tags.TraceInformation, out var listEnd) || p == listEnd)
        {
            return -1;
        }

        var elements = default(MeasuredList<TraceInformationElement>);
        for (var count = 1; p < listEnd; count++)
        {
            var start = p;
            if (count > MaxTransfers || !forms.TryTraceElementAt(ref p, listEnd, out var domain, out var arrival, out var action))
            {
                return -1;
            }

            elements.Add(new TraceInformationElement(ToDomain(ref r, domain), new DomainSuppliedInformation(arrival, action)), start, p, listEnd, MaxTransfers);
        }

        value = elements.ToArray();
        return p;
    }

    /// <summary><c>per-recipient-fields</c> in their common form (every recipient so), built: where they end, or -1.</summary>
    private static int RecipientsEnd(ref P1Reader r, int position, int end, out PerRecipientMessageTransferFields[]? value)
    {
        value = null;
        var p = position;
        var forms = r; // read through a copy held here (P1Reader.CommonForms.cs)
        if (!forms.TryEnterLongAt(ref p, end, 0xA2, out var listEnd) || p == listEnd)
        {
            return -1;
        }

        var recipients = default(MeasuredList<PerRecipientMessageTransferFields>);
        for (var count = 1; p < listEnd; count++)
        {
            var start = p;
            if (count > MaxRecipients || !forms.TryRecipientAt(ref p, listEnd, MaxRecipients, out var name, out var number, out var indicators))
            {
                return -1;
            }

            recipients.Add(new PerRecipientMessageTransferFields(ToOrName(ref r, name), number, indicators, null, ExtensionFields(null)),
                start, p, listEnd, MaxRecipients);
        }

        value = recipients.ToArray();
        return p;
    }
}
