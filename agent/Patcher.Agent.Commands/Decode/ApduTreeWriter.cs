using Patcher.X411.Model;

namespace Patcher.Agent.Decode;

/// <summary>
/// The text form of <c>patcher decode</c> for a valid APDU: an indented tree of the envelope, its trace (with arrival
/// times, the field KB Q248732 is about), recipients and extensions, named as X.411 names them.
/// </summary>
internal static partial class ApduTreeWriter
{
    /// <summary>Writes <paramref name="apdu"/> as a tree.</summary>
    public static void Write(TextWriter output, MtsApdu apdu)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(apdu);
        var tree = new TreeWriter(output);
        switch (apdu)
        {
            case MessageApdu message:
                WriteMessage(tree, message);
                break;
            case ProbeApdu probe:
                WriteProbe(tree, probe);
                break;
            case ReportApdu report:
                WriteReport(tree, report);
                break;
            default:
                throw new ArgumentException($"Unknown APDU type {apdu.GetType().Name}.", nameof(apdu));
        }
    }

    private static void WriteMessage(TreeWriter tree, MessageApdu message)
    {
        var envelope = message.Envelope;
        using (tree.Branch("message"))
        {
            using (tree.Branch("envelope"))
            {
                tree.Field("message-identifier", envelope.MessageIdentifier);
                tree.Field("originator-name", envelope.Originator);
                tree.Field("content-type", envelope.ContentType);
                tree.OptionalField("content-identifier", envelope.ContentIdentifier);
                tree.OptionalField("original-encoded-information-types", envelope.OriginalEncodedInformationTypes?.BuiltIn);
                tree.Field("priority", envelope.Priority);
                tree.Field("per-message-indicators", envelope.PerMessageIndicators);
                tree.OptionalField("deferred-delivery-time", envelope.DeferredDeliveryTime);
                WriteTrace(tree, "trace-information", envelope.TraceInformation);
                WriteExtensionTrace(tree, envelope.ExtensionTraceInformation, envelope.InternalTraceInformation);
                WriteExtensions(tree, envelope.Extensions, sayNone: true);
                WriteRecipients(tree, envelope.Recipients);
            }

            tree.Field("content", $"{message.Content.Count} bytes");
        }
    }

    private static void WriteProbe(TreeWriter tree, ProbeApdu probe)
    {
        var envelope = probe.Envelope;
        using (tree.Branch("probe"))
        {
            using (tree.Branch("envelope"))
            {
                tree.Field("probe-identifier", envelope.ProbeIdentifier);
                tree.Field("originator-name", envelope.Originator);
                tree.Field("content-type", envelope.ContentType);
                tree.OptionalField("content-identifier", envelope.ContentIdentifier);
                tree.OptionalField("content-length", envelope.ContentLength);
                tree.OptionalField("original-encoded-information-types", envelope.OriginalEncodedInformationTypes?.BuiltIn);
                tree.Field("per-message-indicators", envelope.PerMessageIndicators);
                WriteTrace(tree, "trace-information", envelope.TraceInformation);
                WriteExtensionTrace(tree, envelope.ExtensionTraceInformation, envelope.InternalTraceInformation);
                WriteExtensions(tree, envelope.Extensions, sayNone: true);
                WriteRecipients(tree, envelope.Recipients);
            }
        }
    }
}
