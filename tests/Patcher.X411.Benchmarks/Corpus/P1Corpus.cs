using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Ndr;
using Patcher.X411.Rejection;

namespace Patcher.X411.Benchmarks.Corpus;

/// <summary>
/// Realistic MTS-APDUs between Exchange 5.5 sites and foreign MTAs, built from the model and encoded by the engine's
/// own encoder: the benchmark workload and the fuzzer's seeds.
/// </summary>
internal static class P1Corpus
{
    /// <summary>Fixed, not the wall clock: the corpus is the same on every run.</summary>
    public static readonly DateTimeOffset Arrival = new(1999, 12, 1, 10, 15, 30, TimeSpan.Zero);

    public static GlobalDomainIdentifier Contoso { get; } = new("US", " ", "Contoso");

    public static GlobalDomainIdentifier Fabrikam { get; } = new("GB", "BT", "Fabrikam");

    public static GlobalDomainIdentifier Relay { get; } = new("DE", "DBP", "Relay");

    public static OrName Smith { get; } = new("US", " ", "Contoso", "Sales", new PersonalName("Smith", "John", "J"), ["HQ", "Seattle"]);

    /// <summary>Extension 39's value: <c>MTAName ::= IA5String</c>, "CONTOSO-MTA1".</summary>
    private static readonly byte[] ReportingMta = [0x16, 0x0C, .. "CONTOSO-MTA1"u8.ToArray()];

    /// <summary>A typical IPM: 3 trace elements, 2 recipients, internal trace (extension 38).</summary>
    public static MessageApdu TypicalMessage { get; } = Message(traceCount: 3, recipientCount: 2, contentLength: 2048);

    /// <summary>A large IPM: 64 recipients and 100 trace elements.</summary>
    public static MessageApdu LargeMessage { get; } = Message(traceCount: 100, recipientCount: 64, contentLength: 16384);

    /// <summary>The NDR the fix returns for the poison message (reason 1, diagnostic 11).</summary>
    public static ReportApdu NonDeliveryReport { get; } = NonDeliveryReportBuilder.Build(
        TypicalMessage,
        new P1Rejection(ApduKind.Message, P1Fault.EmptyTime,
            "message/envelope/trace-information[1]/domain-supplied-information/arrival-time", 61,
            "arrival-time is invalid: the UTCTime is zero-length"),
        new NonDeliveryReportOptions(Fabrikam, "FABRIKAM-MTA1", Arrival.AddMinutes(5), "NDR-0001"));

    /// <summary>A probe for the typical message.</summary>
    public static ProbeApdu Probe { get; } = new(
        new ProbeTransferEnvelope(
            TypicalMessage.Envelope.MessageIdentifier with { LocalIdentifier = "PROBE-0001" },
            Smith,
            ContentType.Ipm88,
            TypicalMessage.Envelope.TraceInformation,
            TypicalMessage.Envelope.Recipients)
        {
            ContentLength = 2048,
            PerMessageIndicators = PerMessageIndicators.AlternateRecipientAllowed,
            InternalTraceInformation = TypicalMessage.Envelope.InternalTraceInformation,
        });

    /// <summary>
    /// The benchmark workload, the three kinds of typical message an MTA relays (issue 13): one hop, three hops, and
    /// many recipients. Each has a short IA5 body, as an MTA's own traffic does; the larger messages are in <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<CorpusApdu> Workload { get; } =
    [
        new("one-hop", P1Encoder.Encode(Relayed(hops: 1, recipientCount: 1)), true),
        new("three-hops", P1Encoder.Encode(Relayed(hops: 3, recipientCount: 1)), true),
        new("many-recipients", P1Encoder.Encode(Relayed(hops: 2, recipientCount: 40)), true),
    ];

    /// <summary>The typical message, the large message and the NDR, encoded.</summary>
    public static IReadOnlyList<CorpusApdu> Larger { get; } =
    [
        new("typical-message", P1Encoder.Encode(TypicalMessage), true),
        new("large-message", P1Encoder.Encode(LargeMessage), true),
        new("ndr", P1Encoder.Encode(NonDeliveryReport), true),
    ];

    /// <summary>The KB Q248732 poison message: the typical message with <c>80 00</c> as its first arrival time.</summary>
    public static CorpusApdu Poison { get; } = new("poison", P1Encoder.EncodeWithEmptyArrivalTime(TypicalMessage), false);

    /// <summary>Everything: the workload, the larger messages, a probe, the poison, and indefinite-length variants of each.</summary>
    public static IReadOnlyList<CorpusApdu> All { get; } = BuildAll();

    /// <summary>
    /// A short interpersonal message relayed through <paramref name="hops"/> domains to <paramref name="recipientCount"/>
    /// recipients: what most of an MTA's traffic looks like on the wire.
    /// </summary>
    public static MessageApdu Relayed(int hops, int recipientCount)
    {
        var domains = new[] { Contoso, Relay, Fabrikam };
        var trace = Enumerable.Range(0, hops)
            .Select(i => new TraceInformationElement(domains[i % domains.Length], new DomainSuppliedInformation(Arrival.AddSeconds(37 * i))))
            .ToArray();
        var recipients = Enumerable.Range(1, recipientCount)
            .Select(i => new PerRecipientMessageTransferFields(
                new OrName("GB", "BT", "Fabrikam", PersonalName: new PersonalName($"User{i:D3}")),
                i,
                PerRecipientIndicators.Responsibility | PerRecipientIndicators.OriginatorNonDeliveryReport))
            .ToArray();
        return new MessageApdu(
            new MessageTransferEnvelope(
                new MtsIdentifier(Contoso, "EXCH55-0001"),
                new OrName("US", " ", "Contoso", PersonalName: new PersonalName("Smith")),
                ContentType.Ipm88,
                trace,
                recipients),
            "Figures."u8.ToArray());
    }

    /// <summary>A message with internal trace (extension 38) and the reporting-MTA extension unless <paramref name="internalTrace"/> is false.</summary>
    public static MessageApdu Message(int traceCount, int recipientCount, int contentLength, bool internalTrace = true)
    {
        var domains = new[] { Contoso, Relay, Fabrikam };
        var trace = Enumerable.Range(0, traceCount)
            .Select(i => new TraceInformationElement(
                domains[i % domains.Length],
                new DomainSuppliedInformation(
                    Arrival.AddSeconds(37 * i),
                    i % 7 == 3 ? RoutingAction.Rerouted : RoutingAction.Relayed,
                    AttemptedDomain: i % 7 == 3 ? Relay : null)))
            .ToArray();
        var recipients = Enumerable.Range(1, recipientCount)
            .Select(i => new PerRecipientMessageTransferFields(
                new OrName("GB", "BT", "Fabrikam", "Fabrikam", new PersonalName($"User{i:D3}", "Test"), ["London"]),
                i,
                PerRecipientIndicators.Responsibility | PerRecipientIndicators.OriginatorNonDeliveryReport))
            .ToArray();
        var mtaTrace = new InternalTraceInformationElement[]
        {
            new(Contoso, "CONTOSO-MTA1", new MtaSuppliedInformation(Arrival)),
            new(Contoso, "CONTOSO-MTA2", new MtaSuppliedInformation(Arrival.AddSeconds(2), RoutingAction.Rerouted, AttemptedMta: "CONTOSO-MTA3")),
        };
        var content = new byte[contentLength];
        for (var i = 0; i < content.Length; i++)
        {
            content[i] = (byte)("Quarterly figures attached. "[i % 28]);
        }

        return new MessageApdu(
            new MessageTransferEnvelope(
                new MtsIdentifier(Contoso, "EXCH55-0001"),
                Smith,
                ContentType.Ipm88,
                trace,
                recipients)
            {
                ContentIdentifier = "Q248732",
                OriginalEncodedInformationTypes = new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text),
                PerMessageIndicators = PerMessageIndicators.AlternateRecipientAllowed | PerMessageIndicators.ContentReturnRequest,
                InternalTraceInformation = internalTrace ? mtaTrace : [],
                Extensions = internalTrace ? [new ExtensionField(ExtensionField.ReportingMtaName, null, Criticality.None, ReportingMta)] : [],
            },
            content);
    }

    private static List<CorpusApdu> BuildAll()
    {
        var list = new List<CorpusApdu>(Workload.Concat(Larger))
        {
            new("probe", P1Encoder.Encode(Probe), true),
            Poison,
            new("poison-last-trace", P1Encoder.EncodeWithEmptyArrivalTime(TypicalMessage, 2), false),
        };
        foreach (var apdu in list.ToArray())
        {
            list.Add(apdu with { Name = apdu.Name + "-indefinite", Bytes = BerForms.ToIndefinite(apdu.Bytes) });
        }

        return list;
    }
}
