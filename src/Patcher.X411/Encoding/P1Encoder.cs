using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Encoding;

/// <summary>
/// Encodes MTS-APDUs in BER (definite lengths, members in X.411's order), for the NDRs the fix returns and for the
/// messages the lab and the tests send. <c>P1Decoder.Decode(P1Encoder.Encode(x))</c> gives back <c>x</c>.
/// </summary>
public static partial class P1Encoder
{
    /// <summary>The BER encoding of <paramref name="apdu"/>.</summary>
    /// <exception cref="ArgumentException">A value cannot be encoded (e.g. a time outside 1950..2049, a bad character).</exception>
    public static byte[] Encode(MtsApdu apdu)
    {
        ArgumentNullException.ThrowIfNull(apdu);
        var writer = new AsnWriter(AsnEncodingRules.BER);
        switch (apdu)
        {
            case MessageApdu message:
                WriteMessage(writer, message);
                break;
            case ReportApdu report:
                WriteReport(writer, report);
                break;
            case ProbeApdu probe:
                WriteProbe(writer, probe);
                break;
            default:
                throw new ArgumentException($"Unknown APDU type {apdu.GetType().Name}.", nameof(apdu));
        }

        return writer.Encode();
    }

    /// <summary>
    /// The KB Q248732 poison message: <paramref name="message"/> with the arrival time of trace element
    /// <paramref name="traceIndex"/> (0-based) sent zero-length (<c>80 00</c>), as the foreign MTA did. For labs and tests.
    /// </summary>
    public static byte[] EncodeWithEmptyArrivalTime(MessageApdu message, int traceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfNegative(traceIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(traceIndex, message.Envelope.TraceInformation.Count);
        var writer = new AsnWriter(AsnEncodingRules.BER);
        WriteMessage(writer, message, traceIndex);
        return writer.Encode();
    }

    private static void WriteMessage(AsnWriter writer, MessageApdu message, int emptyArrivalTime = -1)
    {
        var envelope = message.Envelope;
        using (writer.PushSequence(Context(0)))
        {
            using (writer.PushSetOf())
            {
                WriteMtsIdentifier(writer, envelope.MessageIdentifier);
                WriteOrName(writer, envelope.Originator, OrNameTag);
                WriteEncodedInformationTypes(writer, envelope.OriginalEncodedInformationTypes);
                WriteContentType(writer, envelope.ContentType);
                WriteContentIdentifier(writer, envelope.ContentIdentifier);
                if (envelope.Priority != Priority.Normal)
                {
                    writer.WriteInteger((long)envelope.Priority, Application(7));
                }

                WriteBits(writer, envelope.PerMessageIndicators, Application(8));
                if (envelope.DeferredDeliveryTime is { } deferred)
                {
                    writer.WriteUtcTime(deferred, TwoDigitYearMax, ContextPrimitive(0));
                }

                WriteTraceInformation(writer, envelope.TraceInformation, TraceTag, emptyArrivalTime);
                WriteExtensions(writer, Context(3), envelope.Extensions, envelope.ExtensionTraceInformation, envelope.InternalTraceInformation);
                WriteRecipients(writer, envelope.Recipients);
            }

            writer.WriteOctetString(message.Content.AsSpan());
        }
    }

    private static void WriteProbe(AsnWriter writer, ProbeApdu probe)
    {
        var envelope = probe.Envelope;
        using (writer.PushSetOf(Context(2)))
        {
            WriteMtsIdentifier(writer, envelope.ProbeIdentifier);
            WriteOrName(writer, envelope.Originator, OrNameTag);
            WriteEncodedInformationTypes(writer, envelope.OriginalEncodedInformationTypes);
            WriteContentType(writer, envelope.ContentType);
            WriteContentIdentifier(writer, envelope.ContentIdentifier);
            if (envelope.ContentLength is { } length)
            {
                writer.WriteInteger(length, ContextPrimitive(0));
            }

            WriteBits(writer, envelope.PerMessageIndicators, Application(8));
            WriteTraceInformation(writer, envelope.TraceInformation, TraceTag);
            WriteExtensions(writer, Context(3), envelope.Extensions, envelope.ExtensionTraceInformation, envelope.InternalTraceInformation);
            WriteRecipients(writer, envelope.Recipients);
        }
    }

    private static void WriteRecipients(AsnWriter writer, EquatableArray<PerRecipientMessageTransferFields> recipients)
    {
        using (writer.PushSequence(Context(2)))
        {
            foreach (var recipient in recipients)
            {
                using (writer.PushSetOf())
                {
                    WriteOrName(writer, recipient.RecipientName, OrNameTag);
                    writer.WriteInteger(recipient.OriginallySpecifiedRecipientNumber, ContextPrimitive(0));
                    writer.WriteNamedBitList(recipient.Indicators, ContextPrimitive(1));
                    if (recipient.ExplicitConversion is { } conversion)
                    {
                        writer.WriteInteger(conversion, ContextPrimitive(2));
                    }

                    WriteExtensions(writer, Context(3), recipient.Extensions, default, default);
                }
            }
        }
    }

    private static void WriteContentType(AsnWriter writer, ContentType? contentType)
    {
        if (contentType?.BuiltIn is { } builtIn)
        {
            writer.WriteInteger(builtIn, Application(6));
        }
        else if (contentType?.Extended is { } oid)
        {
            writer.WriteObjectIdentifier(oid);
        }
    }

    private static void WriteContentIdentifier(AsnWriter writer, string? contentIdentifier)
    {
        if (contentIdentifier is not null)
        {
            writer.WriteCharacterString(UniversalTagNumber.PrintableString, contentIdentifier, Application(10));
        }
    }

    /// <summary>A DEFAULT {} bit string is left out.</summary>
    private static void WriteBits<TFlags>(AsnWriter writer, TFlags bits, Asn1Tag tag)
        where TFlags : struct, Enum
    {
        if (Convert.ToInt64(bits, System.Globalization.CultureInfo.InvariantCulture) != 0)
        {
            writer.WriteNamedBitList(bits, tag);
        }
    }
}
