using Patcher.Core.Verification;

namespace Patcher.Core.Tests.Verification;

/// <summary>An engine stand-in: a message starting 0xFF is poison; a one-byte NDR carries that byte as its diagnostic.</summary>
internal sealed class FakeInspector : IP1Inspector
{
    public string? Rejection(ReadOnlySpan<byte> apdu) => apdu.Length > 0 && apdu[0] == 0xFF ? "P1E009 invalid-arguments (11) at arrival-time" : null;

    public int? NonDeliveryDiagnostic(ReadOnlySpan<byte> ndr) => ndr.Length == 1 ? ndr[0] : null;
}
