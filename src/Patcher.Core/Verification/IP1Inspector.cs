namespace Patcher.Core.Verification;

/// <summary>
/// What verification asks of the decoding engine, kept behind an interface so the agent's core does not carry the
/// payload: whether a queued P1 message is one the fixed MTA rejects, and which diagnostic an NDR carries.
/// </summary>
public interface IP1Inspector
{
    /// <summary>Why the engine rejects <paramref name="apdu"/> (e.g. <c>P1E009 invalid-arguments (11) at ...</c>); null when it is valid.</summary>
    string? Rejection(ReadOnlySpan<byte> apdu);

    /// <summary>The non-delivery diagnostic (X.411, e.g. 11 invalid-arguments) of the report <paramref name="ndr"/>; null when it is no such report.</summary>
    int? NonDeliveryDiagnostic(ReadOnlySpan<byte> ndr);
}
