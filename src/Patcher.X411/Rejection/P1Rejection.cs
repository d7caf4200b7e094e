using Patcher.X411.Model;

namespace Patcher.X411.Rejection;

/// <summary>
/// Why and where the engine rejected an APDU: a value, not an exception. The first fault in document order wins.
/// </summary>
/// <param name="Kind">The APDU's kind, or <see cref="ApduKind.Unknown"/> when even that could not be read.</param>
/// <param name="Fault">What was wrong.</param>
/// <param name="Path">The element, e.g. <c>message/envelope/trace-information[1]/domain-supplied-information/arrival-time</c>
/// (list indexes count from 1).</param>
/// <param name="Offset">The byte offset of the offending element's first octet (its tag) in the input.</param>
/// <param name="Reason">A sentence an operator understands.</param>
public sealed record P1Rejection(ApduKind Kind, P1Fault Fault, string Path, int Offset, string Reason)
{
    /// <summary>The stable code, e.g. <c>P1E009</c>.</summary>
    public string Code => Fault.Code();

    /// <summary>The X.411 diagnostic the NDR carries.</summary>
    public NonDeliveryDiagnostic Diagnostic => Fault.Diagnostic();

    /// <summary>The diagnostic's ASN.1 name, e.g. <c>invalid-arguments</c>.</summary>
    public string DiagnosticName => Diagnostic.ToAsn1Name();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Code} {DiagnosticName} ({(int)Diagnostic}) at {Path} (offset {Offset}): {Reason}";
}
