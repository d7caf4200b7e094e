namespace Patcher.X411.Model;

/// <summary>X.411 <c>Probe ::= ProbeTransferEnvelope</c>.</summary>
/// <param name="Envelope">The probe's envelope: all there is of it.</param>
public sealed record ProbeApdu(ProbeTransferEnvelope Envelope) : MtsApdu
{
    /// <inheritdoc />
    public override ApduKind Kind => ApduKind.Probe;
}
