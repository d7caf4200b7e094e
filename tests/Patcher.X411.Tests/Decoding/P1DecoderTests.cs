using System.Globalization;
using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.X411.Tests.Decoding;

/// <summary>Hex vectors built by hand from the X.411 ASN.1 (System.Formats.Asn1 style): valid inputs and every field they carry.</summary>
public sealed partial class P1DecoderTests
{
    private static readonly GlobalDomainIdentifier Us = new("US", " ");
    private static readonly GlobalDomainIdentifier Gb = new("GB", "BT");
    private static readonly DateTimeOffset T0 = new(1999, 12, 1, 10, 15, 30, TimeSpan.Zero);
    private static readonly DateTimeOffset Y2K = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly OrName Smith = new("US", " ", "Contoso", "Sales", new PersonalName("Smith"));
    private static readonly OrName Jones = new("GB", "BT");
    private static readonly PerRecipientMessageTransferFields JonesRecipient = new(Jones, 1, PerRecipientIndicators.Responsibility);

    /// <summary>
    /// The same minimal message (X.411 Message: envelope SET with message-identifier 64, originator-name 60, content-type 46,
    /// trace-information 69, per-recipient-fields A2; content 04) in many BER encodings.
    /// </summary>
    [Theory]
    [InlineData("definite", "A08193318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F")]
    [InlineData("indefinite APDU", "A080318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F0000")]
    [InlineData("indefinite envelope, trace, recipients", "A081983180641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669803021630B61041302555362031301203112800D3939313230313130313533305A8201000000A2803117600E300C6104130247426204130242548001018102078000000000040548656C6C6F")]
    [InlineData("indefinite at every level", "A08031806480638061041302555362031301200000160B4558434835352D303030310000608030266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D6974680000460116698030806380610413025553620313012000003180800D3939313230313130313533305A820100000000000000A280318060803080618013024742000062801302425400000000000080010181020780000000000000040548656C6C6F0000")]
    [InlineData("long-form lengths", "A08195318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C610413024742620413024254800101810207800482000548656C6C6F")]
    [InlineData("constructed local-identifier", "A0819731818D641E630B6104130255536203130120360F040645584348353504052D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F")]
    [InlineData("constructed content, indefinite", "A0819B318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C610413024742620413024254800101810207802480040348656C040004026C6F0000")]
    [InlineData("constructed arrival-time", "A0819731818D641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669273025630B61041302555362031301203116A011040639393132303104073130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F")]
    [InlineData("constructed arrival-time, indefinite", "A0819931818F641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669293027630B61041302555362031301203118A080040A39393132303131303135040333305A0000820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F")]
    [InlineData("constructed PrintableString country", "A0819731818D641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A21D311B601230106108330604014704014262041302425480010181020780040548656C6C6F")]
    [InlineData("SET members shuffled", "A08193318189A219311781020780600E300C61041302474262041302425480010169233021630B61041302555362031301203112820100800D3939313230313130313533305A460116602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D697468641A630B6104130255536203130120160B4558434835352D30303031040548656C6C6F")]
    public void Decode_MinimalMessageInAnyBerEncoding_DecodesEveryField(string encoding, string hex)
    {
        var input = Convert.FromHexString(hex);

        var result = P1Decoder.Decode(input);

        Assert.True(result.IsValid, $"{encoding}: {result.Rejection}");
        Assert.Equal(ApduKind.Message, result.Kind);
        var message = Assert.IsType<MessageApdu>(result.Apdu);
        var envelope = message.Envelope;
        Assert.Equal(new MtsIdentifier(Us, "EXCH55-0001"), envelope.MessageIdentifier);
        Assert.Equal(Smith, envelope.Originator);
        Assert.Equal(22, envelope.ContentType.BuiltIn);
        Assert.Null(envelope.ContentType.Extended);
        var trace = Assert.Single(envelope.TraceInformation);
        Assert.Equal(Us, trace.Domain);
        Assert.Equal(T0, trace.Information.ArrivalTime);
        Assert.Equal(TimeSpan.Zero, trace.Information.ArrivalTime.Offset);
        Assert.Equal(RoutingAction.Relayed, trace.Information.RoutingAction);
        Assert.Null(trace.Information.AttemptedDomain);
        Assert.Null(trace.Information.DeferredTime);
        Assert.Null(trace.Information.ConvertedEncodedInformationTypes);
        Assert.Equal(OtherActions.None, trace.Information.OtherActions);
        Assert.Equal(JonesRecipient, Assert.Single(envelope.Recipients));
        Assert.Null(envelope.OriginalEncodedInformationTypes);
        Assert.Null(envelope.ContentIdentifier);
        Assert.Equal(Priority.Normal, envelope.Priority);
        Assert.Equal(PerMessageIndicators.None, envelope.PerMessageIndicators);
        Assert.Null(envelope.DeferredDeliveryTime);
        Assert.True(envelope.Extensions.IsEmpty);
        Assert.True(envelope.InternalTraceInformation.IsEmpty);
        Assert.True(envelope.ExtensionTraceInformation.IsEmpty);
        Assert.Equal("Hello"u8.ToArray(), message.Content.AsSpan().ToArray());
        Assert.Equal(MinimalMessage(T0), message);
        Assert.True(P1Decoder.Validate(input).IsValid);
    }

    /// <summary>UTCTime (X.680 47.3): with and without seconds, Z, +hhmm, -hhmm, and the 1950/2049 pivot.</summary>
    [Theory]
    [InlineData("9912011015Z", "A08191318187641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D6974684601166921301F630B61041302555362031301203110800B393931323031313031355A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "1999-12-01T10:15:00Z")]
    [InlineData("991201101530Z", "A08193318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "1999-12-01T10:15:30Z")]
    [InlineData("9912011015+0130", "A0819531818B641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669253023630B61041302555362031301203114800F393931323031313031352B30313330820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "1999-12-01T10:15:00+01:30")]
    [InlineData("991201101530-0500", "A0819731818D641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669273025630B6104130255536203130120311680113939313230313130313533302D30353030820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "1999-12-01T10:15:30-05:00")]
    [InlineData("500101000000Z", "A08193318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3530303130313030303030305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "1950-01-01T00:00:00Z")]
    [InlineData("491231235959Z", "A08193318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3439313233313233353935395A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "2049-12-31T23:59:59Z")]
    [InlineData("000229120000Z", "A08193318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3030303232393132303030305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "2000-02-29T12:00:00Z")]
    [InlineData("4912312259-0100", "A0819531818B641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669253023630B61041302555362031301203114800F343931323331323235392D30313030820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "2049-12-31T22:59:00-01:00")]
    [InlineData("5001010130+0100", "A0819531818B641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669253023630B61041302555362031301203114800F353030313031303133302B30313030820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F", "1950-01-01T01:30:00+01:00")]
    public void Decode_UtcTimeForm_DecodesArrivalTimeWithItsOffset(string utcTime, string hex, string expected)
    {
        var arrival = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);

        var result = P1Decoder.Decode(Convert.FromHexString(hex));

        Assert.True(result.IsValid, $"{utcTime}: {result.Rejection}");
        var decoded = Assert.IsType<MessageApdu>(result.Apdu).Envelope.TraceInformation[0].Information.ArrivalTime;
        Assert.Equal(arrival, decoded);
        Assert.Equal(arrival.Offset, decoded.Offset);
        Assert.Equal(MinimalMessage(arrival), result.Apdu);
    }

    [Fact]
    public void Decode_MessageWithEveryOptionalMember_DecodesEveryField()
    {
        const string Hex = "A08201493182013E641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D6974686504800205204601164A075132343837333247010248020780800B303030313031313230305AA1123010630B610413025553620313012003010069783021630B61041302555362031301203112800D3939313230313130313533305A8201003053630C6104130247426204130242543143800D3939313230313131313533305A8201016316610413024742620413024254130846616272696B616D810D3939313230313132303030305A65048002052083020640A2423117600E300C610413024742620413024254800101810207803127601B30196104130255536203130120A50C800542726F776E8103416E6E80010281020388820101040548656C6C6F";

        var result = P1Decoder.Decode(Convert.FromHexString(Hex));

        Assert.True(result.IsValid, result.Rejection?.ToString());
        var envelope = Assert.IsType<MessageApdu>(result.Apdu).Envelope;
        Assert.Equal(new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text), envelope.OriginalEncodedInformationTypes);
        Assert.Equal("Q248732", envelope.ContentIdentifier);
        Assert.Equal(Priority.Urgent, envelope.Priority);
        Assert.Equal(PerMessageIndicators.DisclosureOfOtherRecipients, envelope.PerMessageIndicators);
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero), envelope.DeferredDeliveryTime);
        Assert.Equal(2, envelope.TraceInformation.Count);
        Assert.Equal(new TraceInformationElement(Us, new DomainSuppliedInformation(T0)), envelope.TraceInformation[0]);
        var rerouted = envelope.TraceInformation[1];
        Assert.Equal(Gb, rerouted.Domain);
        Assert.Equal(new DateTimeOffset(1999, 12, 1, 11, 15, 30, TimeSpan.Zero), rerouted.Information.ArrivalTime);
        Assert.Equal(RoutingAction.Rerouted, rerouted.Information.RoutingAction);
        Assert.Equal(new GlobalDomainIdentifier("GB", "BT", "Fabrikam"), rerouted.Information.AttemptedDomain);
        Assert.Equal(new DateTimeOffset(1999, 12, 1, 12, 0, 0, TimeSpan.Zero), rerouted.Information.DeferredTime);
        Assert.Equal(new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text), rerouted.Information.ConvertedEncodedInformationTypes);
        Assert.Equal(OtherActions.DlOperation, rerouted.Information.OtherActions);
        Assert.Equal(2, envelope.Recipients.Count);
        Assert.Equal(JonesRecipient, envelope.Recipients[0]);
        var brown = envelope.Recipients[1];
        Assert.Equal(new OrName("US", " ", PersonalName: new PersonalName("Brown", "Ann")), brown.RecipientName);
        Assert.Equal(2, brown.OriginallySpecifiedRecipientNumber);
        Assert.Equal(PerRecipientIndicators.Responsibility | PerRecipientIndicators.OriginatorNonDeliveryReport, brown.Indicators);
        Assert.Equal(1, brown.ExplicitConversion);
        Assert.True(brown.Extensions.IsEmpty);
    }

    /// <summary>
    /// Extensions [3]: an unknown non-critical standard extension and a private one (1999 form), a standard and a private
    /// one in the 1988 form (<c>[0] EXPLICIT CHOICE</c>), trace as extension 37 and internal trace as extension 38.
    /// </summary>
    [Fact]
    public void Decode_ExtensionsInBothForms_KeepsUnknownOnesAndDecodesTrace()
    {
        const string Hex = "A082016231820157641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D697468460116A381CB300C80016381020520A203020107300D83072A864886F71401A2020500300DA003020127A20616044D544139300BA00906072A864886F71402302B800125A22669243022630C6104130247426204130242543112800D3939313230313039313533305A820100306380012681020640A25A30583027630B610413025553620313012016044D5441313112800D3939313230313130313030305A820100302D630B610413025553620313012016044D544131311882010116044D544132800D3939313230313130313530305A69233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F";

        var result = P1Decoder.Decode(Convert.FromHexString(Hex));

        Assert.True(result.IsValid, result.Rejection?.ToString());
        var envelope = Assert.IsType<MessageApdu>(result.Apdu).Envelope;
        Assert.Equal(
            [
                new ExtensionField(99, null, Criticality.ForDelivery, [0x02, 0x01, 0x07]),
                new ExtensionField(null, "1.2.840.113556.1", Criticality.None, [0x05, 0x00]),
                new ExtensionField(ExtensionField.ReportingMtaName, null, Criticality.None, [0x16, 0x04, (byte)'M', (byte)'T', (byte)'A', (byte)'9'], ExtensionForm.Explicit1988),
                new ExtensionField(null, "1.2.840.113556.2", Criticality.None, [], ExtensionForm.Explicit1988),
            ],
            envelope.Extensions.ToArray());
        Assert.Equal(ExtensionForm.Implicit1999, envelope.Extensions[0].Form);
        Assert.Equal(
            [new TraceInformationElement(Gb, new DomainSuppliedInformation(new DateTimeOffset(1999, 12, 1, 9, 15, 30, TimeSpan.Zero)))],
            envelope.ExtensionTraceInformation.ToArray());
        Assert.Equal(
            [
                new InternalTraceInformationElement(Us, "MTA1", new MtaSuppliedInformation(new DateTimeOffset(1999, 12, 1, 10, 10, 0, TimeSpan.Zero))),
                new InternalTraceInformationElement(Us, "MTA1", new MtaSuppliedInformation(new DateTimeOffset(1999, 12, 1, 10, 15, 0, TimeSpan.Zero), RoutingAction.Rerouted, "MTA2")),
            ],
            envelope.InternalTraceInformation.ToArray());
        Assert.Equal([new TraceInformationElement(Us, new DomainSuppliedInformation(T0))], envelope.TraceInformation.ToArray());
    }

    [Fact]
    public void Decode_InternalTraceIn1988Form_DecodesInternalTrace()
    {
        const string Hex = "A081C93181BF641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D697468460116A3343032A003020126A22B30293027630B610413025553620313012016044D5441313112800D3939313230313130313533305A82010069233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F";

        var result = P1Decoder.Decode(Convert.FromHexString(Hex));

        Assert.True(result.IsValid, result.Rejection?.ToString());
        var envelope = Assert.IsType<MessageApdu>(result.Apdu).Envelope;
        Assert.Equal([new InternalTraceInformationElement(Us, "MTA1", new MtaSuppliedInformation(T0))], envelope.InternalTraceInformation.ToArray());
        Assert.True(envelope.Extensions.IsEmpty);
    }

    /// <summary>A non-delivery report as the fix sends it: last-trace <c>A3 { 80 UTCTime A1 { A1 { 80 01 01 81 01 0B } } }</c>.</summary>
    [Fact]
    public void Decode_NonDeliveryReport_DecodesEveryField()
    {
        const string Hex = "A181D531656414630B610413025553620313012016054E44522D31602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746869233021630B61041302555362031301203112800D3030303130313030303030305A820100316C641A630B6104130255536203130120160B4558434835352D30303031A04E314CA00E300C61041302474262041302425481010182020780A319800D3030303130313030303030305AA108A10680010181010B851850314530303920696E76616C69642D617267756D656E7473";

        var result = P1Decoder.Decode(Convert.FromHexString(Hex));

        Assert.True(result.IsValid, result.Rejection?.ToString());
        Assert.Equal(ApduKind.Report, result.Kind);
        var report = Assert.IsType<ReportApdu>(result.Apdu);
        Assert.Equal(new MtsIdentifier(Us, "NDR-1"), report.Envelope.ReportIdentifier);
        Assert.Equal(Smith, report.Envelope.ReportDestination);
        Assert.Equal([new TraceInformationElement(Us, new DomainSuppliedInformation(Y2K))], report.Envelope.TraceInformation.ToArray());
        Assert.True(report.Envelope.Extensions.IsEmpty);
        Assert.Equal(new MtsIdentifier(Us, "EXCH55-0001"), report.Content.SubjectIdentifier);
        Assert.True(report.Content.SubjectIntermediateTraceInformation.IsEmpty);
        Assert.Null(report.Content.ReturnedContent);
        Assert.Null(report.Content.ContentType);
        var recipient = Assert.Single(report.Content.Recipients);
        Assert.Equal(Jones, recipient.ActualRecipientName);
        Assert.Equal(1, recipient.OriginallySpecifiedRecipientNumber);
        Assert.Equal(PerRecipientIndicators.Responsibility, recipient.Indicators);
        Assert.Equal(Y2K, recipient.LastTrace.ArrivalTime);
        Assert.Equal(new NonDeliveryReport(NonDeliveryReason.UnableToTransfer, NonDeliveryDiagnostic.InvalidArguments), recipient.LastTrace.ReportType);
        Assert.Null(recipient.LastTrace.ConvertedEncodedInformationTypes);
        Assert.Null(recipient.OriginallyIntendedRecipientName);
        Assert.Equal("P1E009 invalid-arguments", recipient.SupplementaryInformation);
    }

    [Fact]
    public void Decode_DeliveryReportWithShuffledMembers_DecodesEveryField()
    {
        const string Hex = "A182015431819869233021630B61041302555362031301203112800D3030303130313030303030305A820100602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D6974686413630B6104130255536203130120160444522D31A1323030800126A22B30293027630B610413025553620313012016044D5441313112800D3939313230313130313533305A8201003181B6A05A3158A325800D3030303130313030303030305AA114A012800D3030303130313030303530305A810102A00E300C61041302474262041302425482020780810102A4183016610413024742620413024254830846616272696B616D69233021630B61041302555362031301203112800D3939313230313130313533305A8201006504800205204601164A0751323438373332810548656C6C6F641A630B6104130255536203130120160B4558434835352D30303031";

        var result = P1Decoder.Decode(Convert.FromHexString(Hex));

        Assert.True(result.IsValid, result.Rejection?.ToString());
        var report = Assert.IsType<ReportApdu>(result.Apdu);
        Assert.Equal(new MtsIdentifier(Us, "DR-1"), report.Envelope.ReportIdentifier);
        Assert.Equal([new InternalTraceInformationElement(Us, "MTA1", new MtaSuppliedInformation(T0))], report.Envelope.InternalTraceInformation.ToArray());
        var content = report.Content;
        Assert.Equal([new TraceInformationElement(Us, new DomainSuppliedInformation(T0))], content.SubjectIntermediateTraceInformation.ToArray());
        Assert.Equal(new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text), content.OriginalEncodedInformationTypes);
        Assert.Equal(ContentType.Ipm88, content.ContentType);
        Assert.Equal("Q248732", content.ContentIdentifier);
        Assert.Equal("Hello"u8.ToArray(), content.ReturnedContent!.Value.AsSpan().ToArray());
        var recipient = Assert.Single(content.Recipients);
        Assert.Equal(Jones, recipient.ActualRecipientName);
        Assert.Equal(2, recipient.OriginallySpecifiedRecipientNumber);
        Assert.Equal(new OrName("GB", "BT", Organization: "Fabrikam"), recipient.OriginallyIntendedRecipientName);
        Assert.Equal(new DeliveryReport(new DateTimeOffset(2000, 1, 1, 0, 5, 0, TimeSpan.Zero), 2), recipient.LastTrace.ReportType);
        Assert.Null(recipient.SupplementaryInformation);
    }

    [Fact]
    public void Decode_IndefiniteLengthProbe_DecodesEveryField()
    {
        const string Hex = "A2806416630B6104130255536203130120160750524F42452D31602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D6974684601168002040069233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C610413024742620413024254800101810207800000";

        var result = P1Decoder.Decode(Convert.FromHexString(Hex));

        Assert.True(result.IsValid, result.Rejection?.ToString());
        Assert.Equal(ApduKind.Probe, result.Kind);
        var probe = Assert.IsType<ProbeApdu>(result.Apdu);
        Assert.Equal(
            new ProbeTransferEnvelope(new MtsIdentifier(Us, "PROBE-1"), Smith, ContentType.Ipm88, [new TraceInformationElement(Us, new DomainSuppliedInformation(T0))], [JonesRecipient])
            {
                ContentLength = 1024,
            },
            probe.Envelope);
    }

    [Fact]
    public void Decode_ProbeWithShuffledMembersAndInternalTrace_DecodesEveryField()
    {
        const string Hex = "A281F4A2193117600E300C6104130247426204130242548001018102078069233021630B61041302555362031301203112800D3939313230313130313533305A8201008002040046011648020780602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D6974686416630B6104130255536203130120160750524F42452D31A365306380012681020640A25A30583027630B610413025553620313012016044D5441313112800D3939313230313130313030305A820100302D630B610413025553620313012016044D544131311882010116044D544132800D3939313230313130313530305A";

        var result = P1Decoder.Decode(Convert.FromHexString(Hex));

        Assert.True(result.IsValid, result.Rejection?.ToString());
        var envelope = Assert.IsType<ProbeApdu>(result.Apdu).Envelope;
        Assert.Equal(new MtsIdentifier(Us, "PROBE-1"), envelope.ProbeIdentifier);
        Assert.Equal(1024, envelope.ContentLength);
        Assert.Equal(PerMessageIndicators.DisclosureOfOtherRecipients, envelope.PerMessageIndicators);
        Assert.Equal(2, envelope.InternalTraceInformation.Count);
        Assert.Equal("MTA2", envelope.InternalTraceInformation[1].Information.AttemptedMta);
        Assert.True(envelope.Extensions.IsEmpty);
    }

    private static MessageApdu MinimalMessage(DateTimeOffset arrival) =>
        new(
            new MessageTransferEnvelope(
                new MtsIdentifier(Us, "EXCH55-0001"),
                Smith,
                ContentType.Ipm88,
                [new TraceInformationElement(Us, new DomainSuppliedInformation(arrival))],
                [JonesRecipient]),
            "Hello"u8.ToArray());
}
