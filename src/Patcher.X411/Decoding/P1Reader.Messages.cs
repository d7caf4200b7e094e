using System.Runtime.CompilerServices;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// Validates, in its common form, a whole <c>Message ::= SEQUENCE { envelope MessageTransferEnvelope, content
    /// Content }</c> at the reader's position: the message, its envelope and content with definite lengths (short form,
    /// or long form of one or two octets); the envelope holding exactly message-identifier, originator-name, a built-in
    /// content-type, trace-information and per-recipient-fields, in that order, as Exchange and most MTAs write them; the
    /// MTS identifier, O/R name, every trace element and every recipient in their own common forms; the lists within
    /// their bounds (<paramref name="maxTransfers"/>, <paramref name="maxRecipients"/>); the content a primitive OCTET
    /// STRING. Anything else (another member or order, an indefinite length, a value the checked path would question)
    /// moves nothing and returns false: the caller reads the message checked, which accepts exactly these forms too.
    /// One pass and one committed position for what was, read checked, some forty elements entered, checked and left.
    /// Validation only: <c>P1Decoder.TryDecodeMessage</c> reads the same forms and builds the model as it goes.
    /// </summary>
    /// <param name="parent">The frame the message is in.</param>
    /// <param name="maxTransfers">ub-transfers.</param>
    /// <param name="maxRecipients">ub-recipients.</param>
    /// <param name="resumeAt">
    /// When false: where the envelope's members read in their common form end (0 if none was), so that the checked path,
    /// having entered the message and its envelope, goes on from there instead of reading them twice (an envelope with
    /// extensions or a content identifier after its originator).
    /// </param>
    /// <param name="seen">When false: those members, as the envelope's SET loop numbers them.</param>
    /// <remarks>
    /// Never inlined: inlined into <c>P1Decoder.ReadMessage</c> it would spend that method's inlining budget and leave
    /// the checked path's small calls out of line (see <c>P1Decoder.ReadSequenceOf</c>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool TryValidateMessage(in Frame parent, int maxTransfers, int maxRecipients, out int resumeAt, out ulong seen)
    {
        resumeAt = 0;
        seen = 0;
        if (Materialize || !CanReadCommonForm(MessageLevels))
        {
            return false;
        }

        var p = _position;
        var forms = this; // read through a copy held here (P1Reader.CommonForms.cs)
        if (!forms.TryEnterLongAt(ref p, parent.Bound, 0xA0, out var messageEnd)
            || !forms.TryEnterLongAt(ref p, messageEnd, Tags.Set, out var envelopeEnd))
        {
            return false;
        }

        // The SET loop's member numbers (P1Decoder.ReadTransferEnvelope): identifier 0, originator 1, content type 3,
        // trace 9, recipients 11.
        if (!Accept(forms.TryMtsIdentifierAt(ref p, envelopeEnd, Tags.MtsIdentifier, out _, out _), p, 0, ref resumeAt, ref seen)
            || !Accept(forms.TryOrNameAt(ref p, envelopeEnd, Tags.OrName, out _), p, 1, ref resumeAt, ref seen)
            || !Accept(forms.TryIntegerAt(ref p, envelopeEnd, Tags.BuiltInContentType, 0, 32767, out _), p, 3, ref resumeAt, ref seen)
            || !Accept(forms.TryTraceAt(ref p, envelopeEnd, maxTransfers), p, 9, ref resumeAt, ref seen)
            || !Accept((p = RecipientsEnd(p, envelopeEnd, maxRecipients)) >= 0, p, 11, ref resumeAt, ref seen)
            || p != envelopeEnd
            || !forms.TryEnterLongAt(ref p, messageEnd, Tags.OctetString, out var contentEnd)
            || contentEnd != messageEnd)
        {
            return false;
        }

        _position = messageEnd;
        return true;

        static bool Accept(bool read, int position, int member, ref int resumeAt, ref ulong seen)
        {
            if (read)
            {
                resumeAt = position;
                seen |= 1UL << member;
            }

            return read;
        }
    }

    /// <summary>
    /// Moves to <paramref name="position"/>, the end of envelope members <see cref="TryValidateMessage"/> has read in their
    /// common form, once the checked path has entered the same envelope (<paramref name="envelope"/>).
    /// </summary>
    public void ResumeAt(in Frame envelope, int position)
    {
        if (position > _position && position <= envelope.Bound)
        {
            _position = position;
        }
    }

    /// <summary>Whether a message's common form may be read here (<see cref="TryValidateMessage"/>, <c>P1Decoder.TryDecodeMessage</c>).</summary>
    public readonly bool CanReadMessageCommonForm => CanReadCommonForm(MessageLevels);

    /// <summary>Moves to <paramref name="position"/>, the end of a whole message a common form has read from the reader's position.</summary>
    public void CommitMessage(int position) => _position = position;

    /// <summary>
    /// Nesting the checked path reaches below a message's parent: the message, its envelope, a list, and an O/R name's
    /// levels below that.
    /// </summary>
    private const int MessageLevels = 3 + OrNameLevels;

    /// <summary><c>trace-information [APPLICATION 9] SEQUENCE SIZE (1..ub-transfers) OF</c> trace elements in their common form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryTraceAt(ref int position, int end, int maxTransfers)
    {
        var p = position;
        if (!TryEnterLongAt(ref p, end, Tags.TraceInformation, out var listEnd) || p == listEnd)
        {
            return false;
        }

        for (var count = 1; p < listEnd; count++)
        {
            if (count > maxTransfers || !TryTraceElementAt(ref p, listEnd, out _, out _, out _))
            {
                return false;
            }
        }

        position = p;
        return true;
    }

    /// <summary>
    /// <c>per-recipient-fields [2] SEQUENCE SIZE (1..ub-recipients) OF</c> recipients in their common form: where they
    /// end, or -1.
    /// </summary>
    /// <remarks>
    /// Out of line: one list per message, of up to 32767 recipients, whose loop does best as a method of its own. It takes
    /// and returns the position by value, as everything out of line that the common forms call does: a local passed by
    /// reference to a call lives in memory for the whole of its method, and the JIT then reloads the input span from the
    /// reader after every store to it (issue 13: by reference here cost Validate a tenth of its speed).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly int RecipientsEnd(int position, int end, int maxRecipients)
    {
        var p = position;
        var forms = this; // read through a copy held here (P1Reader.CommonForms.cs)
        if (!forms.TryEnterLongAt(ref p, end, 0xA2, out var listEnd) || p == listEnd)
        {
            return -1;
        }

        for (var count = 1; p < listEnd; count++)
        {
            if (count > maxRecipients || !forms.TryRecipientAt(ref p, listEnd, maxRecipients, out _, out _, out _))
            {
                return -1;
            }
        }

        return p;
    }

    /// <summary>
    /// <see cref="TryEnterAt"/> that also takes a long-form length of one or two octets (X.690 8.1.3.5), as
    /// <see cref="Enter"/> does: a message, its envelope, its lists and its content outgrow 127 octets.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryEnterLongAt(ref int position, int end, byte identifier, out int contentEnd)
    {
        var at = position;
        contentEnd = 0;
        if (at + 2 > end || _data[at] != identifier)
        {
            return false;
        }

        var contentStart = at + 2;
        int length = _data[at + 1];
        if (length >= 0x80)
        {
            length = ReadLongLength(length, ref contentStart, end);
        }

        if ((uint)length > (uint)(end - contentStart))
        {
            return false;
        }

        position = contentStart;
        contentEnd = contentStart + length;
        return true;
    }
}
