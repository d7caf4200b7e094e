using System.Text;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Ndr;

/// <summary>
/// Builds the non-delivery report the Q248732 fix returns for a rejected message: addressed to the originator,
/// one per-recipient field per recipient, reason unable-to-transfer (1) and the rejection's diagnostic
/// (invalid-arguments, 11, for a bad arrival time), with supplementary information naming the bad element.
/// </summary>
public static class NonDeliveryReportBuilder
{
    private const int SupplementaryInformationLength = 256; // ub-supplementary-info-length

    /// <summary>The report for <paramref name="subject"/>, rejected for <paramref name="rejection"/>.</summary>
    public static ReportApdu Build(MessageApdu subject, P1Rejection rejection, NonDeliveryReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(options);
        var envelope = subject.Envelope;
        var now = TruncateToSeconds(options.Now);
        var reportType = new NonDeliveryReport(NonDeliveryReason.UnableToTransfer, rejection.Diagnostic);
        var supplementary = SupplementaryInformation(rejection);
        var recipients = envelope.Recipients
            .Select(recipient => new PerRecipientReportTransferFields(
                recipient.RecipientName,
                recipient.OriginallySpecifiedRecipientNumber,
                recipient.Indicators,
                new LastTraceInformation(now, reportType),
                SupplementaryInformation: supplementary))
            .ToArray();

        // The subject's own trace is not copied: it may hold the very time that was rejected.
        var reportEnvelope = new ReportTransferEnvelope(
            new MtsIdentifier(options.ReportingDomain, options.ReportLocalIdentifier),
            envelope.Originator,
            [new TraceInformationElement(options.ReportingDomain, new DomainSuppliedInformation(now))])
        {
            InternalTraceInformation =
            [
                new InternalTraceInformationElement(options.ReportingDomain, options.ReportingMtaName, new MtaSuppliedInformation(now)),
            ],
        };
        var content = new ReportTransferContent(envelope.MessageIdentifier, recipients)
        {
            OriginalEncodedInformationTypes = envelope.OriginalEncodedInformationTypes,
            ContentType = envelope.ContentType,
            ContentIdentifier = envelope.ContentIdentifier,
        };
        return new ReportApdu(reportEnvelope, content);
    }

    /// <summary>
    /// The rejection as PrintableString text (X.680 41.4 has no brackets or semicolons): e.g.
    /// <c>P1E009 invalid-arguments at message/envelope/trace-information(1)/domain-supplied-information/arrival-time offset 61: ...</c>.
    /// </summary>
    public static string SupplementaryInformation(P1Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var text = $"{rejection.Code} {rejection.DiagnosticName} at {rejection.Path} offset {rejection.Offset}: {rejection.Reason}";
        var printable = new StringBuilder(Math.Min(text.Length, SupplementaryInformationLength));
        foreach (var c in text)
        {
            if (printable.Length == SupplementaryInformationLength)
            {
                break;
            }

            printable.Append(c switch
            {
                '[' => '(',
                ']' => ')',
                _ when c < 0x80 && Ber.CharacterSets.IsPrintable((byte)c) => c,
                _ => ' ',
            });
        }

        return printable.ToString();
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
