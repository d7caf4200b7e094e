namespace Patcher.X411.Model;

/// <summary>X.411 <c>NonDeliveryReport ::= SET { non-delivery-reason-code [0], non-delivery-diagnostic-code [1] OPTIONAL }</c>.</summary>
/// <param name="Reason">Why the message was not delivered.</param>
/// <param name="Diagnostic">The detail, e.g. invalid-arguments (11) for the Q248732 fix.</param>
public sealed record NonDeliveryReport(NonDeliveryReason Reason, NonDeliveryDiagnostic? Diagnostic) : ReportType;
