namespace Patcher.X411.Model;

/// <summary>X.411 <c>Report ::= SEQUENCE { envelope ReportTransferEnvelope, content ReportTransferContent }</c>.</summary>
/// <param name="Envelope">The transfer envelope.</param>
/// <param name="Content">What is reported, per recipient.</param>
public sealed record ReportApdu(ReportTransferEnvelope Envelope, ReportTransferContent Content) : MtsApdu
{
    /// <inheritdoc />
    public override ApduKind Kind => ApduKind.Report;
}
