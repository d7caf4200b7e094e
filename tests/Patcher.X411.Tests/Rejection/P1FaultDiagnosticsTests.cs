using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Rejection;

public sealed class P1FaultDiagnosticsTests
{
    [Theory]
    [InlineData(P1Fault.Truncated, "P1E001", NonDeliveryDiagnostic.ProtocolViolation)]
    [InlineData(P1Fault.InvalidLength, "P1E002", NonDeliveryDiagnostic.ProtocolViolation)]
    [InlineData(P1Fault.UnexpectedTag, "P1E003", NonDeliveryDiagnostic.ProtocolViolation)]
    [InlineData(P1Fault.MissingElement, "P1E004", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.DuplicateElement, "P1E005", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.NestingTooDeep, "P1E006", NonDeliveryDiagnostic.ProtocolViolation)]
    [InlineData(P1Fault.TrailingData, "P1E007", NonDeliveryDiagnostic.ProtocolViolation)]
    [InlineData(P1Fault.InvalidTime, "P1E008", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.EmptyTime, "P1E009", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.InvalidCharacter, "P1E010", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.SizeConstraint, "P1E011", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.InvalidInteger, "P1E012", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.InvalidValue, "P1E013", NonDeliveryDiagnostic.InvalidArguments)]
    [InlineData(P1Fault.TooManyTraceElements, "P1E014", NonDeliveryDiagnostic.LoopDetected)]
    [InlineData(P1Fault.TooManyRecipients, "P1E015", NonDeliveryDiagnostic.TooManyRecipients)]
    [InlineData(P1Fault.UnsupportedCriticalExtension, "P1E016", NonDeliveryDiagnostic.UnsupportedCriticalFunction)]
    [InlineData(P1Fault.InvalidForm, "P1E017", NonDeliveryDiagnostic.ProtocolViolation)]
    public void CodeAndDiagnostic_EachFault_AreStable(P1Fault fault, string code, NonDeliveryDiagnostic diagnostic)
    {
        Assert.Equal(code, fault.Code());
        Assert.Equal(diagnostic, fault.Diagnostic());
    }

    [Fact]
    public void Diagnostic_Codes_MatchX411Numbers()
    {
        Assert.Equal(3, (int)NonDeliveryDiagnostic.LoopDetected);
        Assert.Equal(11, (int)NonDeliveryDiagnostic.InvalidArguments);
        Assert.Equal(14, (int)NonDeliveryDiagnostic.ProtocolViolation);
        Assert.Equal(16, (int)NonDeliveryDiagnostic.TooManyRecipients);
        Assert.Equal(18, (int)NonDeliveryDiagnostic.UnsupportedCriticalFunction);
    }
}
