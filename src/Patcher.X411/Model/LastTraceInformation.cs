namespace Patcher.X411.Model;

/// <summary>X.411 <c>LastTraceInformation ::= SET { arrival-time [0], converted-EITs OPTIONAL, report-type [1] }</c>.</summary>
/// <param name="ArrivalTime">When the subject reached the reporting MTA.</param>
/// <param name="ReportType">Delivery or non-delivery, with its detail.</param>
/// <param name="ConvertedEncodedInformationTypes">The types after a conversion.</param>
public sealed record LastTraceInformation(
    DateTimeOffset ArrivalTime,
    ReportType ReportType,
    EncodedInformationTypes? ConvertedEncodedInformationTypes = null);
