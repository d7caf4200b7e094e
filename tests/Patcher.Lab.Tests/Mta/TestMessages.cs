using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Ndr;
using Patcher.X411.Rejection;

namespace Patcher.Lab.Tests.Mta;

/// <summary>APDUs for the lab MTA tests: a message between two Exchange 5.5 sites, its poison twin, a report and a probe.</summary>
internal static class TestMessages
{
    public static readonly DateTimeOffset Arrival = new(1999, 12, 1, 10, 15, 30, TimeSpan.Zero);

    public static readonly DateTimeOffset Now = new(2000, 1, 20, 8, 30, 45, TimeSpan.Zero);

    public const string LabDomain = "c=US;a= ;p=PatcherLab";

    public static GlobalDomainIdentifier Contoso { get; } = new("US", " ", "Contoso");

    public static OrName Smith { get; } = new("US", " ", "Contoso", "Sales", new PersonalName("Smith", "John"), ["HQ"]);

    public static OrName Jones { get; } = new("GB", "BT", "Fabrikam", PersonalName: new PersonalName("Jones"));

    public static MessageApdu Message(string localIdentifier = "EXCH55-0001") =>
        new(
            new MessageTransferEnvelope(
                new MtsIdentifier(Contoso, localIdentifier),
                Smith,
                ContentType.Ipm88,
                [new TraceInformationElement(Contoso, new DomainSuppliedInformation(Arrival))],
                [new PerRecipientMessageTransferFields(Jones, 1, PerRecipientIndicators.Responsibility | PerRecipientIndicators.OriginatorNonDeliveryReport)])
            {
                ContentIdentifier = "Q248732",
            },
            "Hello from Contoso"u8.ToArray());

    public static byte[] Valid(string localIdentifier = "EXCH55-0001") => P1Encoder.Encode(Message(localIdentifier));

    /// <summary>The KB Q248732 poison: the trace's arrival time sent zero-length.</summary>
    public static byte[] Poison(string localIdentifier = "EXCH55-0666") => P1Encoder.EncodeWithEmptyArrivalTime(Message(localIdentifier));

    public static byte[] Report() => P1Encoder.Encode(NonDeliveryReportBuilder.Build(
        Message(),
        new P1Rejection(ApduKind.Message, P1Fault.EmptyTime, "message/envelope/trace-information[1]/domain-supplied-information/arrival-time", 40, "the arrival time is empty"),
        new NonDeliveryReportOptions(new GlobalDomainIdentifier("GB", "BT", "Fabrikam"), "FABMTA", Now, "NDR-1")));

    public static byte[] Probe() => P1Encoder.Encode(new ProbeApdu(
        new ProbeTransferEnvelope(
            new MtsIdentifier(Contoso, "PROBE-1"),
            Smith,
            ContentType.Ipm88,
            [new TraceInformationElement(Contoso, new DomainSuppliedInformation(Arrival))],
            [new PerRecipientMessageTransferFields(Jones, 1, PerRecipientIndicators.Responsibility)])));
}
