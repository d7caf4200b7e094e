namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>ReportTransferContent ::= SET { COMPONENTS OF PerReportTransferFields, per-recipient-fields [0] }</c>.
/// Additional information [2] is checked for structure and not kept.
/// </summary>
/// <param name="SubjectIdentifier">The message or probe the report is about.</param>
/// <param name="Recipients">per-recipient-fields [0] (1..32767).</param>
public sealed record ReportTransferContent(
    MtsIdentifier SubjectIdentifier,
    EquatableArray<PerRecipientReportTransferFields> Recipients)
{
    /// <summary>subject-intermediate-trace-information; empty when absent.</summary>
    public EquatableArray<TraceInformationElement> SubjectIntermediateTraceInformation { get; init; }

    /// <summary>original-encoded-information-types.</summary>
    public EncodedInformationTypes? OriginalEncodedInformationTypes { get; init; }

    /// <summary>content-type.</summary>
    public ContentType? ContentType { get; init; }

    /// <summary>content-identifier.</summary>
    public string? ContentIdentifier { get; init; }

    /// <summary>returned-content [1], when the originator asked for it.</summary>
    public EquatableArray<byte>? ReturnedContent { get; init; }

    /// <summary>The content's extensions.</summary>
    public EquatableArray<ExtensionField> Extensions { get; init; }
}
