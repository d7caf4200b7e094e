using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

/// <summary>
/// The decoder a .NET developer would write for the same P1 structures with <see cref="AsnReader"/> (BER rules): it
/// reads the same fields as the engine (SET members by tag, arrival times through <see cref="AsnReader.ReadUtcTime(Asn1Tag?)"/>)
/// and rejects whatever <see cref="AsnReader"/> rejects, signalled by <see cref="AsnContentException"/>. The benchmark's
/// yardstick, not product code.
/// </summary>
internal sealed partial class AsnReaderP1Decoder
{
    private static readonly AsnReaderOptions Options = new() { SkipSetSortOrderVerification = true };
    private static readonly AsnReaderP1Decoder Validator = new(materialize: false);
    private static readonly AsnReaderP1Decoder Decoder = new(materialize: true);

    /// <summary>Builds the model (decode), or only checks (validate): strings are then read into a stack buffer.</summary>
    private readonly bool _materialize;

    private AsnReaderP1Decoder(bool materialize) => _materialize = materialize;

    /// <summary>Whether <paramref name="apdu"/> is exactly one valid MTS-APDU.</summary>
    public static bool Validate(ReadOnlyMemory<byte> apdu)
    {
        try
        {
            Validator.ReadApdu(apdu);
            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    /// <summary>Why <paramref name="apdu"/> is invalid, or null when it is valid: for the consistency check's report.</summary>
    public static string? Diagnose(ReadOnlyMemory<byte> apdu)
    {
        try
        {
            Validator.ReadApdu(apdu);
            return null;
        }
        catch (AsnContentException e)
        {
            return e.Message;
        }
    }

    /// <summary>The decoded APDU, or null when it is invalid.</summary>
    public static MtsApdu? Decode(ReadOnlyMemory<byte> apdu)
    {
        try
        {
            return Decoder.ReadApdu(apdu);
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    /// <summary><c>MTS-APDU ::= CHOICE { message [0] Message, report [1] Report, probe [2] Probe }</c>.</summary>
    private MtsApdu? ReadApdu(ReadOnlyMemory<byte> apdu)
    {
        var reader = new AsnReader(apdu, AsnEncodingRules.BER, Options);
        var tag = reader.PeekTag();
        if (tag.TagClass != TagClass.ContextSpecific || !tag.IsConstructed)
        {
            throw new AsnContentException($"An MTS-APDU starts with [0], [1] or [2], not {tag}.");
        }

        var value = tag.TagValue switch
        {
            0 => (MtsApdu?)ReadMessage(reader),
            1 => ReadReport(reader),
            2 => ReadProbe(reader),
            _ => throw new AsnContentException($"An MTS-APDU starts with [0], [1] or [2], not {tag}."),
        };
        reader.ThrowIfNotEmpty();
        return value;
    }

    /// <summary><c>message [0] IMPLICIT SEQUENCE { envelope MessageTransferEnvelope, content OCTET STRING }</c>.</summary>
    private MessageApdu? ReadMessage(AsnReader reader)
    {
        var message = reader.ReadSequence(Context(0));
        var fields = ReadTransferEnvelope(message.ReadSetOf(), probe: false);
        EquatableArray<byte> content = default;
        if (_materialize)
        {
            content = message.ReadOctetString();
        }
        else if (!message.TryReadPrimitiveOctetString(out _))
        {
            message.ReadOctetString(); // constructed (X.690 8.7.3): reassembled
        }

        message.ThrowIfNotEmpty();
        return _materialize ? new MessageApdu(fields.ToMessageEnvelope(), content) : null;
    }

    /// <summary><c>probe [2] IMPLICIT ProbeTransferEnvelope</c>: the SET's members sit directly in [2].</summary>
    private ProbeApdu? ReadProbe(AsnReader reader)
    {
        var fields = ReadTransferEnvelope(reader.ReadSetOf(Context(2)), probe: true);
        return _materialize ? new ProbeApdu(fields.ToProbeEnvelope()) : null;
    }

    /// <summary><c>report [1] IMPLICIT SEQUENCE { envelope ReportTransferEnvelope, content ReportTransferContent }</c>.</summary>
    private ReportApdu? ReadReport(AsnReader reader)
    {
        var report = reader.ReadSequence(Context(1));
        var envelope = ReadReportEnvelope(report.ReadSetOf());
        var content = ReadReportContent(report.ReadSetOf());
        report.ThrowIfNotEmpty();
        return _materialize ? new ReportApdu(envelope!, content!) : null;
    }

    private static Asn1Tag Context(int number) => new(TagClass.ContextSpecific, number);

    private static Asn1Tag Application(int number) => new(TagClass.Application, number);

    /// <summary>Records a SET member; a second occurrence is invalid.</summary>
    private static void MarkSeen(ref int seen, int bit, string name)
    {
        if ((seen & (1 << bit)) != 0)
        {
            throw new AsnContentException($"{name} appears twice in a SET.");
        }

        seen |= 1 << bit;
    }

    private static void Require(int seen, int bit, string name)
    {
        if ((seen & (1 << bit)) == 0)
        {
            throw new AsnContentException($"The mandatory component {name} is missing.");
        }
    }

    private static int ReadInt32(AsnReader reader, Asn1Tag tag, int min, int max)
    {
        if (!reader.TryReadInt32(out var value, tag) || value < min || value > max)
        {
            throw new AsnContentException($"An INTEGER is out of range {min}..{max}.");
        }

        return value;
    }
}
