using Patcher.X411.Model;

namespace Patcher.X411.Ndr;

/// <summary>Who reports, and when.</summary>
/// <param name="ReportingDomain">The reporting MTA's domain: it identifies the report and adds the trace element.</param>
/// <param name="ReportingMtaName">The reporting MTA (IA5String 1..32), written as internal trace.</param>
/// <param name="Now">The report's time: the arrival time in its trace and in each last-trace record.</param>
/// <param name="ReportLocalIdentifier">The report's local identifier (IA5String 1..32), unique within the domain.</param>
public sealed record NonDeliveryReportOptions(
    GlobalDomainIdentifier ReportingDomain,
    string ReportingMtaName,
    DateTimeOffset Now,
    string ReportLocalIdentifier);
