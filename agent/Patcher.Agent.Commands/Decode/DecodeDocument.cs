namespace Patcher.Agent.Decode;

/// <summary>
/// What <c>patcher decode --json</c> prints: one object. The names are a contract (documented in the agent README);
/// add fields, never rename or remove them without raising <see cref="SchemaVersion"/>. Null fields are omitted.
/// </summary>
/// <param name="SchemaVersion">The document's version: 1.</param>
/// <param name="File">The file as given on the command line.</param>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="Verdict"><c>valid</c> or <c>rejected</c>.</param>
/// <param name="Kind"><c>message</c>, <c>report</c>, <c>probe</c> or <c>unknown</c>.</param>
/// <param name="Code">Rejected only: the stable fault code, e.g. <c>P1E009</c>.</param>
/// <param name="Fault">Rejected only: the fault's name, e.g. <c>EmptyTime</c>.</param>
/// <param name="Diagnostic">Rejected only: the X.411 non-delivery diagnostic number, e.g. 11.</param>
/// <param name="DiagnosticName">Rejected only: the diagnostic's ASN.1 name, e.g. <c>invalid-arguments</c>.</param>
/// <param name="Path">Rejected only: the offending element's path.</param>
/// <param name="Offset">Rejected only: the offending element's byte offset in the file.</param>
/// <param name="Reason">Rejected only: why, in a sentence.</param>
/// <param name="NdrPossible">Rejected only: whether <c>patcher ndr</c> can build an NDR for it.</param>
/// <param name="Summary">Valid only: the APDU in brief.</param>
internal sealed record DecodeDocument(
    int SchemaVersion,
    string File,
    long Length,
    string Verdict,
    string Kind,
    string? Code = null,
    string? Fault = null,
    int? Diagnostic = null,
    string? DiagnosticName = null,
    string? Path = null,
    int? Offset = null,
    string? Reason = null,
    bool? NdrPossible = null,
    ApduSummary? Summary = null);
