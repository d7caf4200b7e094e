using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Rejection;

public sealed class P1RejectionTests
{
    [Fact]
    public void ToString_EmptyTime_NamesCodeDiagnosticPathAndOffset()
    {
        var rejection = new P1Rejection(ApduKind.Message, P1Fault.EmptyTime,
            "message/envelope/trace-information[1]/domain-supplied-information/arrival-time", 97, "zero-length");

        Assert.Equal("P1E009", rejection.Code);
        Assert.Equal("invalid-arguments", rejection.DiagnosticName);
        Assert.Equal(
            "P1E009 invalid-arguments (11) at message/envelope/trace-information[1]/domain-supplied-information/arrival-time (offset 97): zero-length",
            rejection.ToString());
    }

    [Theory]
    [InlineData(NonDeliveryDiagnostic.LoopDetected, "loop-detected")]
    [InlineData(NonDeliveryDiagnostic.ProtocolViolation, "protocol-violation")]
    [InlineData(NonDeliveryDiagnostic.TooManyRecipients, "too-many-recipients")]
    [InlineData(NonDeliveryDiagnostic.UnsupportedCriticalFunction, "unsupported-critical-function")]
    public void DiagnosticName_EachDiagnostic_IsTheAsn1Identifier(NonDeliveryDiagnostic diagnostic, string name)
    {
        Assert.Equal(name, diagnostic.ToAsn1Name());
    }
}
