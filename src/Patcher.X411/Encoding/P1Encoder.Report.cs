using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Encoding;

public static partial class P1Encoder
{
    private static void WriteReport(AsnWriter writer, ReportApdu report)
    {
        var envelope = report.Envelope;
        var content = report.Content;
        using (writer.PushSequence(Context(1)))
        {
            using (writer.PushSetOf())
            {
                WriteMtsIdentifier(writer, envelope.ReportIdentifier);
                WriteOrName(writer, envelope.ReportDestination, OrNameTag);
                WriteTraceInformation(writer, envelope.TraceInformation, TraceTag);
                WriteExtensions(writer, Context(1), envelope.Extensions, envelope.ExtensionTraceInformation, envelope.InternalTraceInformation);
            }

            using (writer.PushSetOf())
            {
                WriteMtsIdentifier(writer, content.SubjectIdentifier);
                if (!content.SubjectIntermediateTraceInformation.IsEmpty)
                {
                    WriteTraceInformation(writer, content.SubjectIntermediateTraceInformation, TraceTag);
                }

                WriteEncodedInformationTypes(writer, content.OriginalEncodedInformationTypes);
                WriteContentType(writer, content.ContentType);
                WriteContentIdentifier(writer, content.ContentIdentifier);
                if (content.ReturnedContent is { } returned)
                {
                    writer.WriteOctetString(returned.AsSpan(), ContextPrimitive(1));
                }

                WriteExtensions(writer, Context(3), content.Extensions, default, default);
                using (writer.PushSequence(Context(0)))
                {
                    foreach (var recipient in content.Recipients)
                    {
                        WriteReportRecipient(writer, recipient);
                    }
                }
            }
        }
    }

    private static void WriteReportRecipient(AsnWriter writer, PerRecipientReportTransferFields recipient)
    {
        using (writer.PushSetOf())
        {
            WriteOrName(writer, recipient.ActualRecipientName, Context(0));
            writer.WriteInteger(recipient.OriginallySpecifiedRecipientNumber, ContextPrimitive(1));
            writer.WriteNamedBitList(recipient.Indicators, ContextPrimitive(2));
            using (writer.PushSetOf(Context(3)))
            {
                var last = recipient.LastTrace;
                writer.WriteUtcTime(last.ArrivalTime, TwoDigitYearMax, ContextPrimitive(0));
                WriteEncodedInformationTypes(writer, last.ConvertedEncodedInformationTypes);
                using (writer.PushSequence(Context(1)))
                {
                    WriteReportType(writer, last.ReportType);
                }
            }

            if (recipient.OriginallyIntendedRecipientName is { } intended)
            {
                WriteOrName(writer, intended, Context(4));
            }

            WriteOptionalText(writer, recipient.SupplementaryInformation, 5);
            WriteExtensions(writer, Context(6), recipient.Extensions, default, default);
        }
    }

    private static void WriteReportType(AsnWriter writer, ReportType reportType)
    {
        switch (reportType)
        {
            case DeliveryReport delivery:
                using (writer.PushSetOf(Context(0)))
                {
                    writer.WriteUtcTime(delivery.MessageDeliveryTime, TwoDigitYearMax, ContextPrimitive(0));
                    if (delivery.TypeOfMtsUser != 0)
                    {
                        writer.WriteInteger(delivery.TypeOfMtsUser, ContextPrimitive(1));
                    }
                }

                break;
            case NonDeliveryReport nonDelivery:
                using (writer.PushSetOf(Context(1)))
                {
                    // KB Q230288: WriteInteger always writes the shortest form.
                    writer.WriteInteger((long)nonDelivery.Reason, ContextPrimitive(0));
                    if (nonDelivery.Diagnostic is { } diagnostic)
                    {
                        writer.WriteInteger((long)diagnostic, ContextPrimitive(1));
                    }
                }

                break;
            default:
                throw new ArgumentException($"Unknown report type {reportType.GetType().Name}.", nameof(reportType));
        }
    }
}
