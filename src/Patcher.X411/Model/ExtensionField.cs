namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>ExtensionField ::= SEQUENCE { type, criticality [1] DEFAULT {}, value [2] DEFAULT NULL }</c>, kept as its
/// encoded value so it can be relayed unchanged. Trace extensions (37, 38) are decoded into the envelope instead.
/// </summary>
/// <param name="StandardExtension">The standard extension number, or null for a private extension.</param>
/// <param name="PrivateExtension">The private extension's object identifier, or null for a standard one.</param>
/// <param name="Criticality">Which functions must understand the extension.</param>
/// <param name="Value">The BER encoding of the value inside <c>[2]</c>, or empty for the DEFAULT NULL.</param>
/// <param name="Form">How the type was written.</param>
public sealed record ExtensionField(
    int? StandardExtension,
    string? PrivateExtension,
    Criticality Criticality,
    EquatableArray<byte> Value,
    ExtensionForm Form = ExtensionForm.Implicit1999)
{
    /// <summary>standard-extension:37, trace-information.</summary>
    public const int TraceInformation = 37;

    /// <summary>standard-extension:38, internal-trace-information.</summary>
    public const int InternalTraceInformation = 38;

    /// <summary>standard-extension:39, reporting-MTA-name.</summary>
    public const int ReportingMtaName = 39;
}
