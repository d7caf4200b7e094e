using Patcher.X411.Model;

namespace Patcher.X411.Tests.Samples;

/// <summary>Realistic APDUs for the tests: an interpersonal message between two Exchange 5.5 sites.</summary>
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
}
