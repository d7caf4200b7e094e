using CsCheck;
using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Ndr;
using Patcher.X411.Rejection;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Ndr;

public sealed class NonDeliveryReportBuilderTests
{
    private static readonly NonDeliveryReportOptions Options =
        new(SampleApdus.Fabrikam, "MTA1", new DateTimeOffset(2000, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), "NDR-1");

    [Fact]
    public void Build_PoisonMessage_AddressesTheOriginatorAboutTheSubject()
    {
        var (subject, rejection) = RejectedPoison(SampleApdus.Message());

        var ndr = NonDeliveryReportBuilder.Build(subject, rejection, Options);

        Assert.Equal(subject.Envelope.Originator, ndr.Envelope.ReportDestination);
        Assert.Equal(subject.Envelope.MessageIdentifier, ndr.Content.SubjectIdentifier);
        Assert.Equal(new MtsIdentifier(SampleApdus.Fabrikam, "NDR-1"), ndr.Envelope.ReportIdentifier);
        Assert.Equal(subject.Envelope.ContentType, ndr.Content.ContentType);
        Assert.Equal(subject.Envelope.ContentIdentifier, ndr.Content.ContentIdentifier);
        Assert.Equal(subject.Envelope.OriginalEncodedInformationTypes, ndr.Content.OriginalEncodedInformationTypes);
    }

    [Fact]
    public void Build_RejectedMessage_OneUnableToTransferInvalidArgumentsFieldPerRecipient()
    {
        var message = SampleApdus.Message();
        var three = message with
        {
            Envelope = message.Envelope with
            {
                Recipients =
                [
                    new PerRecipientMessageTransferFields(SampleApdus.Jones, 1, PerRecipientIndicators.Responsibility),
                    new PerRecipientMessageTransferFields(SampleApdus.Smith, 2, PerRecipientIndicators.OriginatorReport),
                    new PerRecipientMessageTransferFields(new OrName("DE", " ", "Contoso"), 3, PerRecipientIndicators.None),
                ],
            },
        };
        var (subject, rejection) = RejectedPoison(three);

        var ndr = NonDeliveryReportBuilder.Build(subject, rejection, Options);

        Assert.Equal(3, ndr.Content.Recipients.Count);
        for (var i = 0; i < 3; i++)
        {
            var expected = three.Envelope.Recipients[i];
            var actual = ndr.Content.Recipients[i];
            Assert.Equal(expected.RecipientName, actual.ActualRecipientName);
            Assert.Equal(expected.OriginallySpecifiedRecipientNumber, actual.OriginallySpecifiedRecipientNumber);
            Assert.Equal(expected.Indicators, actual.Indicators);
            Assert.Equal(new NonDeliveryReport(NonDeliveryReason.UnableToTransfer, NonDeliveryDiagnostic.InvalidArguments), actual.LastTrace.ReportType);
            Assert.Equal(new DateTimeOffset(2000, 1, 2, 3, 4, 5, TimeSpan.Zero), actual.LastTrace.ArrivalTime);
            Assert.Equal(0, actual.LastTrace.ArrivalTime.Millisecond);
        }
    }

    [Fact]
    public void Build_PoisonMessage_SupplementaryInformationNamesThePathInPrintableString()
    {
        var (subject, rejection) = RejectedPoison(SampleApdus.Message());

        var ndr = NonDeliveryReportBuilder.Build(subject, rejection, Options);

        var text = Assert.Single(ndr.Content.Recipients).SupplementaryInformation;
        Assert.NotNull(text);
        Assert.StartsWith("P1E009 invalid-arguments at message/envelope/trace-information(1)/domain-supplied-information/arrival-time offset ", text);
        Assert.InRange(text.Length, 1, 256);
        Assert.All(System.Text.Encoding.ASCII.GetBytes(text), octet => Assert.True(Ber.CharacterSets.IsPrintable(octet), $"0x{octet:X2}"));
    }

    [Fact]
    public void SupplementaryInformation_LongOrNonPrintableReason_IsCutTo256PrintableCharacters()
    {
        var rejection = new P1Rejection(ApduKind.Message, P1Fault.InvalidCharacter, "message/envelope/extensions[2]", 9,
            "é; \"quoted\" _under_ <angle> " + new string('x', 400));

        var text = NonDeliveryReportBuilder.SupplementaryInformation(rejection);

        Assert.Equal(256, text.Length);
        Assert.StartsWith("P1E010 invalid-arguments at message/envelope/extensions(2) offset 9:   ", text);
        Assert.All(System.Text.Encoding.Latin1.GetBytes(text), octet => Assert.True(Ber.CharacterSets.IsPrintable(octet), $"0x{octet:X2}"));
    }

    [Fact]
    public void Build_PoisonMessage_NdrBytesDecodeBackToTheSameReport()
    {
        var (subject, rejection) = RejectedPoison(SampleApdus.Message());
        var ndr = NonDeliveryReportBuilder.Build(subject, rejection, Options);

        var bytes = P1Encoder.Encode(ndr);
        var back = P1Decoder.Decode(bytes);

        Assert.True(back.IsValid, back.Rejection?.ToString());
        Assert.Equal(ndr, back.Apdu);
        Assert.True(P1Decoder.Validate(bytes).IsValid);
    }

    /// <summary>X411.md: <c>A3 L { 80 0D UTCTime A1 L { A1 L { 80 01 01 81 01 0B } } }</c>, integers minimal (KB Q230288).</summary>
    [Fact]
    public void Build_PoisonMessage_LastTraceEncodesAsSpecified()
    {
        var (subject, rejection) = RejectedPoison(SampleApdus.Message());

        var bytes = P1Encoder.Encode(NonDeliveryReportBuilder.Build(subject, rejection, Options));

        var lastTrace = Convert.FromHexString("A319" + "800D" + Convert.ToHexString("000102030405Z"u8) + "A108" + "A106" + "800101" + "81010B");
        Assert.Equal(1, Occurrences(bytes, lastTrace));
    }

    [Theory]
    [InlineData(P1Fault.EmptyTime, 11, "81010B")]
    [InlineData(P1Fault.InvalidTime, 11, "81010B")]
    [InlineData(P1Fault.Truncated, 14, "81010E")]
    [InlineData(P1Fault.TooManyTraceElements, 3, "810103")]
    [InlineData(P1Fault.TooManyRecipients, 16, "810110")]
    [InlineData(P1Fault.UnsupportedCriticalExtension, 18, "810112")]
    public void Build_EachFault_CarriesItsDiagnosticMinimallyEncoded(P1Fault fault, int diagnostic, string diagnosticEncoding)
    {
        var rejection = new P1Rejection(ApduKind.Message, fault, "message/envelope", 3, "test");

        var ndr = NonDeliveryReportBuilder.Build(SampleApdus.Message(), rejection, Options);
        var bytes = P1Encoder.Encode(ndr);

        var reportType = Assert.IsType<NonDeliveryReport>(Assert.Single(ndr.Content.Recipients).LastTrace.ReportType);
        Assert.Equal(NonDeliveryReason.UnableToTransfer, reportType.Reason);
        Assert.Equal((NonDeliveryDiagnostic)diagnostic, reportType.Diagnostic);
        Assert.Equal(1, Occurrences(bytes, Convert.FromHexString("A106800101" + diagnosticEncoding)));
        Assert.Equal(ndr, P1Decoder.Decode(bytes).Apdu);
    }

    [Fact]
    public void Build_AnyRejectedMessage_RoundTripsAndAddressesEveryRecipient()
    {
        Gen.Select(ApduGenerators.Message, Gen.Int[0, 4]).Sample((message, pick) =>
        {
            var (subject, rejection) = RejectedPoison(message, pick % message.Envelope.TraceInformation.Count);

            var ndr = NonDeliveryReportBuilder.Build(subject, rejection, Options);
            var back = P1Decoder.Decode(P1Encoder.Encode(ndr));

            Assert.Equal(ndr, back.Apdu);
            Assert.Equal(message.Envelope.Originator, ndr.Envelope.ReportDestination);
            Assert.Equal(message.Envelope.MessageIdentifier, ndr.Content.SubjectIdentifier);
            Assert.Equal(message.Envelope.Recipients.Select(r => r.RecipientName), ndr.Content.Recipients.Select(r => r.ActualRecipientName));
        }, iter: 100);
    }

    [Fact]
    public void Build_NullArguments_Throw()
    {
        var rejection = new P1Rejection(ApduKind.Message, P1Fault.EmptyTime, "message", 0, "test");

        Assert.Throws<ArgumentNullException>(() => NonDeliveryReportBuilder.Build(null!, rejection, Options));
        Assert.Throws<ArgumentNullException>(() => NonDeliveryReportBuilder.Build(SampleApdus.Message(), null!, Options));
        Assert.Throws<ArgumentNullException>(() => NonDeliveryReportBuilder.Build(SampleApdus.Message(), rejection, null!));
        Assert.Throws<ArgumentNullException>(() => NonDeliveryReportBuilder.SupplementaryInformation(null!));
    }

    private static (MessageApdu Subject, P1Rejection Rejection) RejectedPoison(MessageApdu message, int traceIndex = 0)
    {
        var result = P1Decoder.Decode(P1Encoder.EncodeWithEmptyArrivalTime(message, traceIndex));
        return (Assert.IsType<MessageApdu>(result.Salvaged), Assert.IsType<P1Rejection>(result.Rejection));
    }

    private static int Occurrences(byte[] haystack, byte[] needle)
    {
        var count = 0;
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            count += haystack.AsSpan(i, needle.Length).SequenceEqual(needle) ? 1 : 0;
        }

        return count;
    }
}
