using CsCheck;
using Patcher.X411.Model;

namespace Patcher.X411.Tests.Samples;

/// <summary>
/// CsCheck generators of valid MTS-APDUs: messages, reports and probes with random O/R names, 1..N trace elements,
/// internal trace, extensions and recipients. Times are whole seconds in 1950..2049, UTC (what UTCTime can carry).
/// </summary>
internal static class ApduGenerators
{
    private const string PrintableCharacters = "ABCXYZabcxyz0189 '()+,-./:=?";
    private const string Ia5Characters = "ABCXYZabcxyz0189 -.@!_#";

    private static readonly long FirstSecond = new DateTimeOffset(1950, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks / TimeSpan.TicksPerSecond;
    private static readonly long LastSecond = new DateTimeOffset(2049, 12, 31, 23, 59, 59, TimeSpan.Zero).Ticks / TimeSpan.TicksPerSecond;

    public static Gen<DateTimeOffset> Time { get; } =
        Gen.Long[FirstSecond, LastSecond].Select(second => new DateTimeOffset(second * TimeSpan.TicksPerSecond, TimeSpan.Zero));

    public static Gen<GlobalDomainIdentifier> Domain { get; } =
        Gen.Select(
            Gen.OneOf<string>("US", "GB", "DE", "840"),
            Gen.OneOf<string>(Gen.OneOf<string>(" ", "", "BT", "0"), Printable(0, 16)),
            Printable(1, 16).Null(0.5),
            (country, admd, prmd) => new GlobalDomainIdentifier(country, admd, prmd));

    public static Gen<PersonalName> PersonalName { get; } =
        Gen.Select(Printable(1, 40), Printable(1, 16).Null(0.5), Printable(1, 5).Null(0.5), Printable(1, 3).Null(0.7),
            (surname, given, initials, generation) => new PersonalName(surname, given, initials, generation));

    public static Gen<OrName> OrName { get; } =
        Gen.Select(
            Gen.OneOf<string>("US", "GB", "840").Null(0.2),
            Printable(0, 16).Null(0.2),
            Printable(1, 16).Null(0.5),
            Printable(1, 64).Null(0.5),
            PersonalName.Null(0.4),
            Printable(1, 32).Array[0, 4],
            Gen.Select(Printable(1, 8), Printable(1, 128), (type, value) => new DomainDefinedAttribute(type, value)).Array[0, 4],
            (country, admd, prmd, organization, person, units, attributes) =>
                new OrName(country, admd, prmd, organization, person, units, attributes));

    public static Gen<MtsIdentifier> Identifier { get; } = Gen.Select(Domain, Ia5(1, 32), (domain, local) => new MtsIdentifier(domain, local));

    public static Gen<EncodedInformationTypes> EncodedInformationTypes { get; } =
        Gen.Int[0, 1023].Select(bits => new EncodedInformationTypes((BuiltInEncodedInformationTypes)bits));

    public static Gen<TraceInformationElement> TraceElement { get; } =
        Gen.Select(
            Domain,
            Time,
            Gen.Int[0, 1].Select(action => (RoutingAction)action),
            Domain.Null(0.7),
            Time.Optional(0.7),
            EncodedInformationTypes.Null(0.7),
            Gen.Int[0, 3].Select(actions => (OtherActions)actions),
            (domain, arrival, action, attempted, deferred, converted, other) =>
                new TraceInformationElement(domain, new DomainSuppliedInformation(arrival, action, attempted, deferred, converted, other)));

    public static Gen<InternalTraceInformationElement> InternalTraceElement { get; } =
        Gen.Select(
            Domain,
            Ia5(1, 32),
            Time,
            Gen.Int[0, 1].Select(action => (RoutingAction)action),
            Gen.Int[0, 2],
            Ia5(1, 32),
            Domain,
            Time.Optional(0.7),
            (domain, mta, arrival, action, attempted, attemptedMta, attemptedDomain, deferred) =>
                new InternalTraceInformationElement(domain, mta, new MtaSuppliedInformation(
                    arrival, action, attempted == 1 ? attemptedMta : null, attempted == 2 ? attemptedDomain : null, deferred)));

    /// <summary>Extensions other than 37 and 38 (those travel as decoded trace), no standard number twice, none critical that we do not know.</summary>
    public static Gen<EquatableArray<ExtensionField>> Extensions { get; } =
        Gen.Select(
            Gen.OneOf<int>(Gen.Int[1, 36], Gen.Int[39, 46], Gen.Int[47, 200], Gen.Const(-1)),
            Gen.OneOf<string>("1.2.840.113556.1.4", "2.999.7", "1.3.6.1.4.1.311"),
            Gen.Int[0, 7],
            Gen.OneOf<byte[]>([], [0x05, 0x00], [0x02, 0x01, 0x07], [0x16, 0x03, 0x4D, 0x54, 0x41], [0x30, 0x80, 0x05, 0x00, 0x00, 0x00]),
            Gen.Bool,
            (number, oid, criticality, value, old) =>
            {
                var known = number is >= 1 and <= 46;
                return new ExtensionField(
                    number < 0 ? null : number,
                    number < 0 ? oid : null,
                    known ? (Criticality)criticality : (Criticality)(criticality & ~(int)Criticality.ForTransfer),
                    value,
                    old ? ExtensionForm.Explicit1988 : ExtensionForm.Implicit1999);
            })
        .Array[0, 3]
        .Select(fields => (EquatableArray<ExtensionField>)fields
            .Where((field, index) => field.StandardExtension is null
                || Array.FindIndex(fields, other => other.StandardExtension == field.StandardExtension) == index)
            .ToArray());

    public static Gen<PerRecipientMessageTransferFields> Recipient { get; } =
        Gen.Select(
            OrName,
            Gen.Int[1, 32767],
            Gen.Int[0, 255],
            Gen.Int[0, 256].Optional(0.7),
            Extensions,
            (name, number, indicators, conversion, extensions) =>
                new PerRecipientMessageTransferFields(name, number, (PerRecipientIndicators)indicators, conversion, extensions));

    public static Gen<ContentType> ContentType { get; } =
        Gen.OneOf<ContentType>(
            Gen.OneOf<ContentType>(X411.Model.ContentType.Ipm84, X411.Model.ContentType.Ipm88),
            Gen.Int[0, 32767].Select(builtIn => new ContentType(builtIn)),
            Gen.OneOf<string>("2.6.1.10.0", "1.2.840.113556.3.1", "2.999.3").Select(oid => new ContentType(null, oid)));

    public static Gen<MessageApdu> Message { get; } =
        Gen.Select(
            Gen.Select(Identifier, OrName, ContentType, TraceElement.Array[1, 5], Recipient.Array[1, 4]),
            Gen.Select(EncodedInformationTypes.Null(0.5), Printable(1, 16).Null(0.5), Gen.Int[0, 2], Gen.Int[0, 255], Time.Optional(0.6)),
            Gen.Select(Extensions, InternalTraceElement.Array[0, 3], TraceElement.Array[0, 2]),
            Gen.Byte.Array[0, 64],
            (required, optional, extensions, content) =>
                new MessageApdu(
                    new MessageTransferEnvelope(required.Item1, required.Item2, required.Item3, required.Item4, required.Item5)
                    {
                        OriginalEncodedInformationTypes = optional.Item1,
                        ContentIdentifier = optional.Item2,
                        Priority = (Priority)optional.Item3,
                        PerMessageIndicators = (PerMessageIndicators)optional.Item4,
                        DeferredDeliveryTime = optional.Item5,
                        Extensions = extensions.Item1,
                        InternalTraceInformation = extensions.Item2,
                        ExtensionTraceInformation = extensions.Item3,
                    },
                    content));

    public static Gen<ProbeApdu> Probe { get; } =
        Gen.Select(
            Gen.Select(Identifier, OrName, ContentType, TraceElement.Array[1, 5], Recipient.Array[1, 4]),
            Gen.Select(EncodedInformationTypes.Null(0.5), Printable(1, 16).Null(0.5), Gen.Long[0, 1_000_000_000].Optional(0.5), Gen.Int[0, 255]),
            Gen.Select(Extensions, InternalTraceElement.Array[0, 3], TraceElement.Array[0, 2]),
            (required, optional, extensions) =>
                new ProbeApdu(
                    new ProbeTransferEnvelope(required.Item1, required.Item2, required.Item3, required.Item4, required.Item5)
                    {
                        OriginalEncodedInformationTypes = optional.Item1,
                        ContentIdentifier = optional.Item2,
                        ContentLength = optional.Item3,
                        PerMessageIndicators = (PerMessageIndicators)optional.Item4,
                        Extensions = extensions.Item1,
                        InternalTraceInformation = extensions.Item2,
                        ExtensionTraceInformation = extensions.Item3,
                    }));

    public static Gen<ReportType> ReportType { get; } =
        Gen.OneOf<ReportType>(
            Gen.Select(Time, Gen.Int[0, 6], (time, user) => (ReportType)new DeliveryReport(time, user)),
            Gen.Select(Gen.Int[0, 8], Gen.Int[0, 78].Select(code => (NonDeliveryDiagnostic)code).Optional(0.3),
                (reason, diagnostic) => (ReportType)new NonDeliveryReport((NonDeliveryReason)reason, diagnostic)));

    public static Gen<PerRecipientReportTransferFields> ReportRecipient { get; } =
        Gen.Select(
            OrName,
            Gen.Int[1, 32767],
            Gen.Int[0, 255],
            Gen.Select(Time, ReportType, EncodedInformationTypes.Null(0.7), (time, type, converted) => new LastTraceInformation(time, type, converted)),
            OrName.Null(0.7),
            Printable(1, 256).Null(0.5),
            Extensions,
            (name, number, indicators, last, intended, supplementary, extensions) =>
                new PerRecipientReportTransferFields(name, number, (PerRecipientIndicators)indicators, last, intended, supplementary, extensions));

    public static Gen<ReportApdu> Report { get; } =
        Gen.Select(
            Gen.Select(Identifier, OrName, TraceElement.Array[1, 4], Extensions, InternalTraceElement.Array[0, 2], TraceElement.Array[0, 2]),
            Gen.Select(Identifier, ReportRecipient.Array[1, 3], TraceElement.Array[0, 3], EncodedInformationTypes.Null(0.5), ContentType.Null(0.5)),
            Gen.Select(Printable(1, 16).Null(0.5), Gen.Byte.Array[0, 32].Null(0.6), Extensions),
            (envelope, content, more) =>
                new ReportApdu(
                    new ReportTransferEnvelope(envelope.Item1, envelope.Item2, envelope.Item3)
                    {
                        Extensions = envelope.Item4,
                        InternalTraceInformation = envelope.Item5,
                        ExtensionTraceInformation = envelope.Item6,
                    },
                    new ReportTransferContent(content.Item1, content.Item2)
                    {
                        SubjectIntermediateTraceInformation = content.Item3,
                        OriginalEncodedInformationTypes = content.Item4,
                        ContentType = content.Item5,
                        ContentIdentifier = more.Item1,
                        ReturnedContent = more.Item2 is { } returned ? EquatableArray.Create<byte>(returned) : (EquatableArray<byte>?)null,
                        Extensions = more.Item3,
                    }));

    public static Gen<MtsApdu> Apdu { get; } =
        Gen.OneOf<MtsApdu>(Message.Select(m => (MtsApdu)m), Report.Select(r => (MtsApdu)r), Probe.Select(p => (MtsApdu)p));

    /// <summary>Null in <paramref name="fraction"/> of samples.</summary>
    private static Gen<T?> Optional<T>(this Gen<T> gen, double fraction)
        where T : struct =>
        Gen.Select(Gen.Double, gen, (draw, value) => draw < fraction ? (T?)null : value);

    private static Gen<string> Printable(int min, int max) => Gen.String[Gen.Char[PrintableCharacters], min, max];

    private static Gen<string> Ia5(int min, int max) => Gen.String[Gen.Char[Ia5Characters], min, max];
}
