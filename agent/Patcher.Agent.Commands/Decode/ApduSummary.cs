namespace Patcher.Agent.Decode;

/// <summary>A valid APDU in brief, for <c>patcher decode --json</c>.</summary>
/// <param name="Identifier">The message, report or probe identifier, e.g. <c>[c=US;a= ;p=Contoso;l=EXCH55-0001]</c>.</param>
/// <param name="Originator">Message and probe: the originator's O/R name.</param>
/// <param name="ReportDestination">Report only: who the report goes to.</param>
/// <param name="SubjectIdentifier">Report only: the message or probe the report is about.</param>
/// <param name="ContentType">Message and probe (and a report that names it): the content type, e.g. <c>22</c>.</param>
/// <param name="RecipientCount">The number of per-recipient fields.</param>
/// <param name="TraceElementCount">The number of trace-information elements.</param>
/// <param name="Trace">The trace-information elements, in order.</param>
internal sealed record ApduSummary(
    string Identifier,
    string? Originator,
    string? ReportDestination,
    string? SubjectIdentifier,
    string? ContentType,
    int RecipientCount,
    int TraceElementCount,
    IReadOnlyList<TraceSummary> Trace);
