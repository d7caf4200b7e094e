using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Encoding;

public sealed class P1EncoderTests
{
    private static readonly GlobalDomainIdentifier Us = new("US", " ");

    /// <summary>The hand-built definite vector of the decoder tests: the encoder writes X.411's member order, definite lengths.</summary>
    [Fact]
    public void Encode_MinimalMessage_MatchesTheHandBuiltVector()
    {
        var message = new MessageApdu(
            new MessageTransferEnvelope(
                new MtsIdentifier(Us, "EXCH55-0001"),
                new OrName("US", " ", "Contoso", "Sales", new PersonalName("Smith")),
                ContentType.Ipm88,
                [new TraceInformationElement(Us, new DomainSuppliedInformation(new DateTimeOffset(1999, 12, 1, 10, 15, 30, TimeSpan.Zero)))],
                [new PerRecipientMessageTransferFields(new OrName("GB", "BT"), 1, PerRecipientIndicators.Responsibility)]),
            "Hello"u8.ToArray());

        var bytes = P1Encoder.Encode(message);

        Assert.Equal(
            "A08193318189641A630B6104130255536203130120160B4558434835352D30303031602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D69746846011669233021630B61041302555362031301203112800D3939313230313130313533305A820100A2193117600E300C61041302474262041302425480010181020780040548656C6C6F",
            Convert.ToHexString(bytes));
    }

    [Fact]
    public void EncodeWithEmptyArrivalTime_SecondTraceElement_WritesZeroLengthArrivalTimeThere()
    {
        var message = SampleApdus.Message(
            SampleApdus.Trace(SampleApdus.Contoso, SampleApdus.Arrival),
            SampleApdus.Trace(SampleApdus.Fabrikam, SampleApdus.Arrival.AddHours(1)));

        var poison = P1Encoder.EncodeWithEmptyArrivalTime(message, 1);

        var rejection = P1Decoder.Validate(poison).Rejection!;
        Assert.Equal("message/envelope/trace-information[2]/domain-supplied-information/arrival-time", rejection.Path);
        Assert.Equal([0x80, 0x00], poison.AsSpan(rejection.Offset, 2).ToArray());
        Assert.Equal(P1Encoder.Encode(message).Length - 13, poison.Length);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void EncodeWithEmptyArrivalTime_IndexOutsideTrace_Throws(int index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => P1Encoder.EncodeWithEmptyArrivalTime(SampleApdus.Message(), index));
    }

    [Fact]
    public void Encode_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => P1Encoder.Encode(null!));
        Assert.Throws<ArgumentNullException>(() => P1Encoder.EncodeWithEmptyArrivalTime(null!));
    }

    /// <summary>Outside 1950..2049 a two-digit year would read back a century off (2050 as 1950): refuse it.</summary>
    [Theory]
    [InlineData(2050, 1, 1, 0, 0, 0)]
    [InlineData(1949, 12, 31, 23, 59, 59)]
    public void Encode_TimeOutsideUtcTimeRange_Throws(int year, int month, int day, int hour, int minute, int second)
    {
        var time = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        var message = SampleApdus.Message(SampleApdus.Trace(SampleApdus.Contoso, time));

        Assert.ThrowsAny<ArgumentException>(() => P1Encoder.Encode(message));
    }

    /// <summary>KB Q230288: every INTEGER in shortest form, so the decoder (which refuses anything longer) reads them back.</summary>
    [Theory]
    [InlineData(0, 0, "A106800100810100")]
    [InlineData(1, 11, "A10680010181010B")]
    [InlineData(8, 78, "A10680010881014E")]
    [InlineData(1, 200, "A1078001018102" + "00C8")]
    public void Encode_NonDeliveryCodes_AreMinimalIntegers(int reason, int diagnostic, string expected)
    {
        var report = new ReportApdu(
            new ReportTransferEnvelope(new MtsIdentifier(Us, "R"), SampleApdus.Smith, [SampleApdus.Trace(Us, SampleApdus.Arrival)]),
            new ReportTransferContent(new MtsIdentifier(Us, "S"),
            [
                new PerRecipientReportTransferFields(SampleApdus.Jones, 1, PerRecipientIndicators.None,
                    new LastTraceInformation(SampleApdus.Arrival, new NonDeliveryReport((NonDeliveryReason)reason, (NonDeliveryDiagnostic)diagnostic))),
            ]));

        var bytes = P1Encoder.Encode(report);

        Assert.Contains(expected, Convert.ToHexString(bytes), StringComparison.Ordinal);
        Assert.Equal(report, P1Decoder.Decode(bytes).Apdu);
    }
}
