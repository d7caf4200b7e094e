using Patcher.Agent.Ndr;
using Patcher.X411.Decoding;
using Patcher.X411.Model;
using Patcher.X411.Ndr;

namespace Patcher.Agent.Decode;

/// <summary>Turns a decode result into the <c>--json</c> document.</summary>
internal static class DecodeDocumentBuilder
{
    /// <summary>The current <see cref="DecodeDocument.SchemaVersion"/>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The document for <paramref name="result"/>, decoded from <paramref name="file"/> of <paramref name="length"/> bytes.</summary>
    public static DecodeDocument Build(string file, long length, P1DecodeResult result)
    {
        var kind = KindName(result.Kind);
        if (result.Rejection is { } rejection)
        {
            return new DecodeDocument(SchemaVersion, file, length, "rejected", kind)
            {
                Code = rejection.Code,
                Fault = rejection.Fault.ToString(),
                Diagnostic = (int)rejection.Diagnostic,
                DiagnosticName = rejection.DiagnosticName,
                Path = rejection.Path,
                Offset = rejection.Offset,
                Reason = rejection.Reason,
                NdrPossible = NdrSubject.Classify(result, out _) == NdrEligibility.Possible,
            };
        }

        return new DecodeDocument(SchemaVersion, file, length, "valid", kind) { Summary = Summarize(result.Apdu!) };
    }

    /// <summary>The lower-case name JSON and text use for <paramref name="kind"/>.</summary>
    public static string KindName(ApduKind kind) => kind switch
    {
        ApduKind.Message => "message",
        ApduKind.Report => "report",
        ApduKind.Probe => "probe",
        _ => "unknown",
    };

    private static ApduSummary Summarize(MtsApdu apdu) => apdu switch
    {
        MessageApdu { Envelope: var e } => new ApduSummary(
            e.MessageIdentifier.ToString(), e.Originator.ToString(), null, null, e.ContentType.ToString(),
            e.Recipients.Count, e.TraceInformation.Count, Trace(e.TraceInformation)),
        ProbeApdu { Envelope: var e } => new ApduSummary(
            e.ProbeIdentifier.ToString(), e.Originator.ToString(), null, null, e.ContentType.ToString(),
            e.Recipients.Count, e.TraceInformation.Count, Trace(e.TraceInformation)),
        ReportApdu { Envelope: var e, Content: var c } => new ApduSummary(
            e.ReportIdentifier.ToString(), null, e.ReportDestination.ToString(), c.SubjectIdentifier.ToString(), c.ContentType?.ToString(),
            c.Recipients.Count, e.TraceInformation.Count, Trace(e.TraceInformation)),
        _ => throw new ArgumentException($"Unknown APDU type {apdu.GetType().Name}.", nameof(apdu)),
    };

    private static TraceSummary[] Trace(EquatableArray<TraceInformationElement> trace) =>
        trace.Select(element => new TraceSummary(
                element.Domain.ToString(),
                element.Information.ArrivalTime,
                element.Information.RoutingAction == RoutingAction.Rerouted ? "rerouted" : "relayed"))
            .ToArray();
}
