using Patcher.X411.Model;

namespace Patcher.X411.Rejection;

/// <summary>The X.411 diagnostic an NDR carries for each fault.</summary>
public static class P1FaultDiagnostics
{
    /// <summary>
    /// Bad values (times above all, the Q248732 fix) are invalid-arguments (11); broken BER is protocol-violation (14);
    /// a looping message is loop-detected (3); too many recipients is too-many-recipients (16); a critical
    /// extension we do not implement is unsupported-critical-function (18).
    /// </summary>
    public static NonDeliveryDiagnostic Diagnostic(this P1Fault fault) => fault switch
    {
        P1Fault.Truncated or P1Fault.InvalidLength or P1Fault.UnexpectedTag or P1Fault.NestingTooDeep
            or P1Fault.TrailingData or P1Fault.InvalidForm => NonDeliveryDiagnostic.ProtocolViolation,
        P1Fault.TooManyTraceElements => NonDeliveryDiagnostic.LoopDetected,
        P1Fault.TooManyRecipients => NonDeliveryDiagnostic.TooManyRecipients,
        P1Fault.UnsupportedCriticalExtension => NonDeliveryDiagnostic.UnsupportedCriticalFunction,
        _ => NonDeliveryDiagnostic.InvalidArguments,
    };

    /// <summary>The stable code, e.g. <c>P1E009</c>.</summary>
    public static string Code(this P1Fault fault) =>
        "P1E" + ((int)fault).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
