namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>ReportTransferEnvelope ::= SET { report-identifier, report-destination-name, trace-information,
/// extensions [1] DEFAULT {} }</c>.
/// </summary>
/// <param name="ReportIdentifier">report-identifier.</param>
/// <param name="ReportDestination">report-destination-name: who the report goes to.</param>
/// <param name="TraceInformation">trace-information [APPLICATION 9] (1..512 elements).</param>
public sealed record ReportTransferEnvelope(
    MtsIdentifier ReportIdentifier,
    OrName ReportDestination,
    EquatableArray<TraceInformationElement> TraceInformation)
{
    /// <summary>The envelope's extensions other than the trace extensions.</summary>
    public EquatableArray<ExtensionField> Extensions { get; init; }

    /// <summary>internal-trace-information, standard extension 38.</summary>
    public EquatableArray<InternalTraceInformationElement> InternalTraceInformation { get; init; }

    /// <summary>trace-information carried as standard extension 37.</summary>
    public EquatableArray<TraceInformationElement> ExtensionTraceInformation { get; init; }
}
