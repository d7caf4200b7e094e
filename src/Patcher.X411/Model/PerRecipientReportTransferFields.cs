namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>PerRecipientReportTransferFields ::= SET { actual-recipient-name [0], originally-specified-recipient-number [1],
/// per-recipient-indicators [2], last-trace-information [3], originally-intended-recipient-name [4] OPTIONAL,
/// supplementary-information [5] OPTIONAL, extensions [6] DEFAULT {} }</c>.
/// </summary>
/// <param name="ActualRecipientName">The recipient the report is about.</param>
/// <param name="OriginallySpecifiedRecipientNumber">1..32767.</param>
/// <param name="Indicators">The recipient's indicators from the subject.</param>
/// <param name="LastTrace">When and what: delivery or non-delivery.</param>
/// <param name="OriginallyIntendedRecipientName">The recipient before redirection, if any.</param>
/// <param name="SupplementaryInformation">Free text for people (PrintableString 1..256).</param>
/// <param name="Extensions">Per-recipient extensions.</param>
public sealed record PerRecipientReportTransferFields(
    OrName ActualRecipientName,
    int OriginallySpecifiedRecipientNumber,
    PerRecipientIndicators Indicators,
    LastTraceInformation LastTrace,
    OrName? OriginallyIntendedRecipientName = null,
    string? SupplementaryInformation = null,
    EquatableArray<ExtensionField> Extensions = default);
