using Patcher.X411.Encoding;
using Patcher.X411.Model;

namespace Patcher.X411.Tests.Samples;

/// <summary>
/// Realistic APDUs for the tests: an interpersonal message between two Exchange 5.5 sites. The agent's tests compile
/// this file too (linked), so both test projects speak of the same messages.
/// </summary>
internal static class SampleApdus
{
    public static readonly DateTimeOffset Arrival = new(1999, 12, 1, 10, 15, 30, TimeSpan.Zero);

    public static GlobalDomainIdentifier Contoso { get; } = new("US", " ", "Contoso");

    public static GlobalDomainIdentifier Fabrikam { get; } = new("GB", "BT", "Fabrikam");

    public static OrName Smith { get; } = new("US", " ", "Contoso", "Sales", new PersonalName("Smith", "John"), ["HQ"]);

    public static OrName Jones { get; } = new("GB", "BT", "Fabrikam", PersonalName: new PersonalName("Jones"));

    public static MessageApdu Message(params TraceInformationElement[] trace) =>
        new(
            new MessageTransferEnvelope(
                new MtsIdentifier(Contoso, "EXCH55-0001"),
                Smith,
                ContentType.Ipm88,
                trace.Length == 0 ? [Trace(Contoso, Arrival)] : trace,
                [new PerRecipientMessageTransferFields(Jones, 1, PerRecipientIndicators.Responsibility | PerRecipientIndicators.OriginatorNonDeliveryReport)])
            {
                ContentIdentifier = "Q248732",
                OriginalEncodedInformationTypes = new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text),
            },
            "Hello from Contoso"u8.ToArray());

    public static TraceInformationElement Trace(GlobalDomainIdentifier domain, DateTimeOffset arrival) =>
        new(domain, new DomainSuppliedInformation(arrival));

    /// <summary>The KB Q248732 poison message: trace element 1's arrival time is zero-length.</summary>
    public static byte[] Poison() => P1Encoder.EncodeWithEmptyArrivalTime(Message());

    /// <summary>A valid message.</summary>
    public static byte[] Valid() => P1Encoder.Encode(Message());

    /// <summary>A valid non-delivery report about <see cref="Message"/>.</summary>
    public static byte[] Report() =>
        P1Encoder.Encode(new ReportApdu(
            new ReportTransferEnvelope(new MtsIdentifier(Fabrikam, "NDR-0001"), Smith, [Trace(Fabrikam, Arrival)]),
            new ReportTransferContent(
                new MtsIdentifier(Contoso, "EXCH55-0001"),
                [new PerRecipientReportTransferFields(Jones, 1, PerRecipientIndicators.Responsibility,
                    new LastTraceInformation(Arrival, new NonDeliveryReport(NonDeliveryReason.UnableToTransfer, NonDeliveryDiagnostic.InvalidArguments)))])));

    /// <summary>A valid probe.</summary>
    public static byte[] Probe() =>
        P1Encoder.Encode(new ProbeApdu(new ProbeTransferEnvelope(
            new MtsIdentifier(Contoso, "PROBE-0001"),
            Smith,
            ContentType.Ipm88,
            [Trace(Contoso, Arrival)],
            [new PerRecipientMessageTransferFields(Jones, 1, PerRecipientIndicators.Responsibility)])));
}
