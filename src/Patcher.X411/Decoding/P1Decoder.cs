using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Decoding;

/// <summary>
/// The patched P1 decoding engine (KB Q248732): a BER decoder for X.411 MTS-APDUs that validates every UTCTime,
/// arrival times above all, and turns anything malformed into a typed <see cref="P1Rejection"/>. It reads its input
/// once, front to back, never outside it, with bounded nesting; <see cref="Validate"/> allocates nothing for a valid APDU.
/// </summary>
public static partial class P1Decoder
{
    /// <summary>Checks that <paramref name="apdu"/> is exactly one valid MTS-APDU.</summary>
    public static P1Verdict Validate(ReadOnlySpan<byte> apdu)
    {
        var reader = new P1Reader(apdu, materialize: false);
        ReadApdu(ref reader, out _);
        return new P1Verdict(reader.Kind, reader.Rejection);
    }

    /// <summary>Decodes <paramref name="apdu"/>, which must be exactly one MTS-APDU.</summary>
    public static P1DecodeResult Decode(ReadOnlySpan<byte> apdu)
    {
        var reader = new P1Reader(apdu, materialize: true);
        ReadApdu(ref reader, out var value);
        return new P1DecodeResult(reader.Kind, reader.StructureIntact ? value : null, reader.Rejection);
    }

    /// <summary><c>MTS-APDU ::= CHOICE { message [0] Message, report [1] Report, probe [2] Probe }</c>.</summary>
    private static void ReadApdu(ref P1Reader r, out MtsApdu? value)
    {
        value = null;
        var root = r.Root;
        if (r.Data.IsEmpty)
        {
            r.Fail(P1Fault.Truncated, 0, "the input is empty: an MTS-APDU starts with A0, A1 or A2");
            return;
        }

        var ok = r.PeekIdentifier() switch
        {
            0xA0 => ReadMessage(ref r, root, out value),
            0xA1 => ReadReport(ref r, root, out value),
            0xA2 => ReadProbe(ref r, root, out value),
            _ => r.Fail(P1Fault.UnexpectedTag, 0,
                $"an MTS-APDU starts with A0 (message), A1 (report) or A2 (probe), not {Tags.Describe(r.PeekIdentifier())}"),
        };
        if (ok && r.Position != r.Data.Length)
        {
            r.Fail(P1Fault.TrailingData, r.Position, $"{r.Data.Length - r.Position} bytes follow the end of the APDU");
        }
    }

    /// <summary><c>message [0] IMPLICIT Message ::= SEQUENCE { envelope MessageTransferEnvelope, content Content }</c>.</summary>
    private static bool ReadMessage(ref P1Reader r, in Frame root, out MtsApdu? value)
    {
        value = null;
        r.Kind = ApduKind.Message;
        var fields = default(TransferEnvelopeFields);
        int resumeAt;
        if (r.Materialize
                ? TryDecodeMessage(ref r, root, ref fields, out resumeAt, out value)
                : r.TryValidateMessage(root, MaxTransfers, MaxRecipients, out resumeAt, out fields.Seen))
        {
            return true;
        }

        if (!r.Enter(root, 0xA0, Element.Message, out var message)
            || !r.Enter(message, Tags.Set, Element.Envelope, out var envelope))
        {
            return false;
        }

        // Members the common form has read (and, decoding, built) already are not read again.
        r.ResumeAt(envelope, resumeAt);
        if (!ReadTransferEnvelope(ref r, envelope, probe: false, ref fields)
            || !r.Exit(envelope))
        {
            return false;
        }

        if (!r.HasMore(message))
        {
            return r.Missing(message, Element.Content);
        }

        if (!r.ReadString(message, Tags.OctetString, Element.Content, Ber.CharacterSet.Octets, 0, int.MaxValue, out var content)
            || !r.Exit(message))
        {
            return false;
        }

        value = r.Materialize ? new MessageApdu(ToMessageEnvelope(fields), Owned(r.GetBytes(content))) : null;
        return true;
    }

    /// <summary><c>probe [2] IMPLICIT Probe ::= ProbeTransferEnvelope</c>: the SET's members sit directly in A2.</summary>
    private static bool ReadProbe(ref P1Reader r, in Frame root, out MtsApdu? value)
    {
        value = null;
        r.Kind = ApduKind.Probe;
        var fields = default(TransferEnvelopeFields);
        if (!r.Enter(root, 0xA2, Element.Probe, out var probe)
            || !ReadTransferEnvelope(ref r, probe, probe: true, ref fields)
            || !r.Exit(probe))
        {
            return false;
        }

        value = r.Materialize ? new ProbeApdu(ToProbeEnvelope(fields)) : null;
        return true;
    }

    /// <summary><c>report [1] IMPLICIT Report ::= SEQUENCE { envelope ReportTransferEnvelope, content ReportTransferContent }</c>.</summary>
    private static bool ReadReport(ref P1Reader r, in Frame root, out MtsApdu? value)
    {
        value = null;
        r.Kind = ApduKind.Report;
        if (!r.Enter(root, 0xA1, Element.Report, out var report)
            || !ReadReportEnvelope(ref r, report, out var envelope))
        {
            return false;
        }

        if (!r.HasMore(report))
        {
            return r.Missing(report, Element.Content);
        }

        if (!ReadReportContent(ref r, report, out var content) || !r.Exit(report))
        {
            return false;
        }

        value = r.Materialize ? new ReportApdu(envelope!, content!) : null;
        return true;
    }

    private static MessageTransferEnvelope ToMessageEnvelope(in TransferEnvelopeFields fields) =>
        new(fields.Identifier, fields.Originator!, fields.ContentType!, Owned(fields.Trace), Owned(fields.Recipients),
            MessageTransferEnvelope.Optionals.Of(fields.OriginalEncodedInformationTypes, fields.ContentIdentifier, fields.Priority,
                fields.PerMessageIndicators, fields.DeferredDeliveryTime, ExtensionFields(fields.Extensions),
                Owned(fields.Extensions?.InternalTrace), Owned(fields.Extensions?.Trace)));

    private static ProbeTransferEnvelope ToProbeEnvelope(in TransferEnvelopeFields fields) =>
        new(fields.Identifier, fields.Originator!, fields.ContentType!, Owned(fields.Trace), Owned(fields.Recipients))
        {
            OriginalEncodedInformationTypes = fields.OriginalEncodedInformationTypes,
            ContentIdentifier = fields.ContentIdentifier,
            ContentLength = fields.ContentLength,
            PerMessageIndicators = fields.PerMessageIndicators,
            Extensions = ExtensionFields(fields.Extensions),
            InternalTraceInformation = Owned(fields.Extensions?.InternalTrace),
            ExtensionTraceInformation = Owned(fields.Extensions?.Trace),
        };

    /// <summary>
    /// Wraps an array the decoder built and hands over (no copy). An absent list is the default, empty array, which reads
    /// and compares as any empty one and costs nothing to store: most envelopes and recipients have no extensions.
    /// </summary>
    private static EquatableArray<T> Owned<T>(T[]? items) => items is null ? default : EquatableArray<T>.Own(items);

    /// <summary>The extensions kept as encoded fields (all but the trace extensions).</summary>
    private static EquatableArray<ExtensionField> ExtensionFields(EnvelopeExtensions? extensions) =>
        Owned(extensions?.ToFields());
}
