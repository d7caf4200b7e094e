using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Ndr;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Ndr;

public sealed class NdrSubjectTests
{
    [Fact]
    public void Classify_ValidMessage_IsNotOwed()
    {
        var eligibility = NdrSubject.Classify(P1Decoder.Decode(P1Encoder.Encode(SampleApdus.Message())), out var subject);

        Assert.Equal(NdrEligibility.NotOwed, eligibility);
        Assert.Null(subject);
    }

    [Fact]
    public void Classify_PoisonMessage_IsPossibleWithTheSalvagedMessage()
    {
        var eligibility = NdrSubject.Classify(P1Decoder.Decode(SampleApdus.Poison()), out var subject);

        Assert.Equal(NdrEligibility.Possible, eligibility);
        Assert.Equal(SampleApdus.Smith, subject!.Envelope.Originator);
    }

    [Fact]
    public void Classify_TruncatedMessage_IsTooBroken()
    {
        var eligibility = NdrSubject.Classify(P1Decoder.Decode(SampleApdus.Valid().AsSpan(..^5)), out var subject);

        Assert.Equal(NdrEligibility.TooBroken, eligibility);
        Assert.Null(subject);
    }

    [Fact]
    public void Classify_UnknownApdu_IsTooBroken()
    {
        var eligibility = NdrSubject.Classify(P1Decoder.Decode([0x30, 0x00]), out var subject);

        Assert.Equal(NdrEligibility.TooBroken, eligibility);
        Assert.Null(subject);
    }

    [Fact]
    public void Classify_RejectedReport_IsNotAMessage()
    {
        var report = P1Encoder.Encode(NonDeliveryReportBuilder.Build(
            SampleApdus.Message(),
            P1Decoder.Decode(SampleApdus.Poison()).Rejection!,
            new NonDeliveryReportOptions(SampleApdus.Fabrikam, "EXCH55-MTA", SampleApdus.Arrival, "NDR-1")));

        var eligibility = NdrSubject.Classify(P1Decoder.Decode(report.AsSpan(..^3)), out var subject);

        Assert.Equal(NdrEligibility.NotAMessage, eligibility);
        Assert.Null(subject);
    }

    [Theory]
    [InlineData(NdrEligibility.NotOwed, "no NDR is owed")]
    [InlineData(NdrEligibility.Possible, "addressed to the originator")]
    [InlineData(NdrEligibility.NotAMessage, "reports and probes are not answered with NDRs")]
    [InlineData(NdrEligibility.TooBroken, "too broken to address an NDR")]
    public void Describe_Eligibility_SaysWhy(NdrEligibility eligibility, string expected) =>
        Assert.Contains(expected, NdrSubject.Describe(eligibility), StringComparison.Ordinal);
}
