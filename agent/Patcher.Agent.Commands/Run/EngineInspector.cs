using Patcher.Core.Verification;
using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.Agent.Run;

/// <summary>The patched engine as verification's <see cref="IP1Inspector"/>: the poison test and the NDR's diagnostic.</summary>
internal sealed class EngineInspector : IP1Inspector
{
    public static EngineInspector Instance { get; } = new();

    /// <inheritdoc />
    public string? Rejection(ReadOnlySpan<byte> apdu) => P1Decoder.Decode(apdu).Rejection?.ToString();

    /// <inheritdoc />
    public int? NonDeliveryDiagnostic(ReadOnlySpan<byte> ndr) =>
        P1Decoder.Decode(ndr).Apdu is ReportApdu report
            ? report.Content.Recipients.Select(r => r.LastTrace.ReportType).OfType<NonDeliveryReport>().FirstOrDefault()?.Diagnostic is { } diagnostic ? (int)diagnostic : null
            : null;
}
