using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Ndr;
using Patcher.X411.Rejection;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Decode_EncodedMessage_RoundTrips()
    {
        var message = SampleApdus.Message();
        var bytes = P1Encoder.Encode(message);
        var result = P1Decoder.Decode(bytes);
        Assert.Null(result.Rejection);
        Assert.Equal(message, result.Apdu);
        Assert.True(P1Decoder.Validate(bytes).IsValid);
    }

    [Fact]
    public void Validate_ZeroLengthArrivalTime_RejectsWithInvalidArguments()
    {
        var bytes = P1Encoder.EncodeWithEmptyArrivalTime(SampleApdus.Message());
        var verdict = P1Decoder.Validate(bytes);
        Assert.False(verdict.IsValid);
        Assert.Equal(P1Fault.EmptyTime, verdict.Rejection!.Fault);
        Assert.Equal(NonDeliveryDiagnostic.InvalidArguments, verdict.Rejection.Diagnostic);
        Assert.Equal("message/envelope/trace-information[1]/domain-supplied-information/arrival-time", verdict.Rejection.Path);
        var decoded = P1Decoder.Decode(bytes);
        Assert.Equal(verdict.Rejection, decoded.Rejection);
        var salvaged = Assert.IsType<MessageApdu>(decoded.Salvaged);
        var ndr = NonDeliveryReportBuilder.Build(salvaged, decoded.Rejection!, new NonDeliveryReportOptions(SampleApdus.Fabrikam, "MTA1", SampleApdus.Arrival, "NDR-1"));
        var ndrBytes = P1Encoder.Encode(ndr);
        var back = P1Decoder.Decode(ndrBytes);
        Assert.Null(back.Rejection);
        Assert.Equal(ndr, back.Apdu);
    }
}
