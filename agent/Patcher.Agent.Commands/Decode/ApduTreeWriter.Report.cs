using Patcher.X411.Model;

namespace Patcher.Agent.Decode;

internal static partial class ApduTreeWriter
{
    private static void WriteReport(TreeWriter tree, ReportApdu report)
    {
        var envelope = report.Envelope;
        var content = report.Content;
        using (tree.Branch("report"))
        {
            using (tree.Branch("envelope"))
            {
                tree.Field("report-identifier", envelope.ReportIdentifier);
                tree.Field("report-destination-name", envelope.ReportDestination);
                WriteTrace(tree, "trace-information", envelope.TraceInformation);
                WriteExtensionTrace(tree, envelope.ExtensionTraceInformation, envelope.InternalTraceInformation);
                WriteExtensions(tree, envelope.Extensions, sayNone: true);
            }

            using (tree.Branch("content"))
            {
                tree.Field("subject-identifier", content.SubjectIdentifier);
                tree.OptionalField("content-type", content.ContentType);
                tree.OptionalField("content-identifier", content.ContentIdentifier);
                tree.OptionalField("original-encoded-information-types", content.OriginalEncodedInformationTypes?.BuiltIn);
                if (!content.SubjectIntermediateTraceInformation.IsEmpty)
                {
                    WriteTrace(tree, "subject-intermediate-trace-information", content.SubjectIntermediateTraceInformation);
                }

                if (content.ReturnedContent is { } returned)
                {
                    tree.Field("returned-content", $"{returned.Count} bytes");
                }

                WriteExtensions(tree, content.Extensions);
                WriteReportRecipients(tree, content.Recipients);
            }
        }
    }

    private static void WriteReportRecipients(TreeWriter tree, EquatableArray<PerRecipientReportTransferFields> recipients)
    {
        using (tree.Branch($"per-recipient-fields ({recipients.Count})"))
        {
            var index = 0;
            foreach (var recipient in recipients)
            {
                using (tree.Branch($"[{++index}] {recipient.ActualRecipientName}"))
                {
                    tree.Field("originally-specified-recipient-number", recipient.OriginallySpecifiedRecipientNumber);
                    tree.Field("per-recipient-indicators", recipient.Indicators);
                    tree.Field("arrival-time", recipient.LastTrace.ArrivalTime);
                    WriteReportType(tree, recipient.LastTrace.ReportType);
                    tree.OptionalField("originally-intended-recipient-name", recipient.OriginallyIntendedRecipientName);
                    tree.OptionalField("supplementary-information", recipient.SupplementaryInformation);
                    WriteExtensions(tree, recipient.Extensions);
                }
            }
        }
    }

    private static void WriteReportType(TreeWriter tree, ReportType reportType)
    {
        switch (reportType)
        {
            case DeliveryReport delivery:
                tree.Field("report-type", "delivery");
                tree.Field("message-delivery-time", delivery.MessageDeliveryTime);
                break;
            case NonDeliveryReport nonDelivery:
                tree.Field("report-type", "non-delivery");
                tree.Field("non-delivery-reason-code", $"{nonDelivery.Reason} ({(int)nonDelivery.Reason})");
                if (nonDelivery.Diagnostic is { } diagnostic)
                {
                    tree.Field("non-delivery-diagnostic-code", $"{diagnostic.ToAsn1Name()} ({(int)diagnostic})");
                }

                break;
            default:
                tree.Field("report-type", reportType.GetType().Name);
                break;
        }
    }
}
