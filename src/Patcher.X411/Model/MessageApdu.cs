namespace Patcher.X411.Model;

/// <summary>X.411 <c>Message ::= SEQUENCE { envelope MessageTransferEnvelope, content Content }</c>.</summary>
/// <param name="Envelope">The transfer envelope.</param>
/// <param name="Content">The content octets (P2/P22 for interpersonal messages), opaque to the MTA.</param>
public sealed record MessageApdu(MessageTransferEnvelope Envelope, EquatableArray<byte> Content) : MtsApdu
{
    /// <inheritdoc />
    public override ApduKind Kind => ApduKind.Message;
}
