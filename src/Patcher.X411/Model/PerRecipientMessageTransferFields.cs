namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>PerRecipientMessageTransferFields ::= SET { recipient-name, originally-specified-recipient-number [0],
/// per-recipient-indicators [1], explicit-conversion [2] OPTIONAL, extensions [3] DEFAULT {} }</c>; the probe's
/// per-recipient fields have the same shape.
/// </summary>
/// <remarks>A value, held in its list's array: a recipient costs its name, not an object of its own (issue 13).</remarks>
/// <param name="RecipientName">The recipient.</param>
/// <param name="OriginallySpecifiedRecipientNumber">1..32767, as the originator numbered it.</param>
/// <param name="Indicators">Responsibility and the reports requested.</param>
/// <param name="ExplicitConversion">The conversion requested, if any.</param>
/// <param name="Extensions">Per-recipient extensions.</param>
public readonly record struct PerRecipientMessageTransferFields(
    OrName RecipientName,
    int OriginallySpecifiedRecipientNumber,
    PerRecipientIndicators Indicators,
    int? ExplicitConversion = null,
    EquatableArray<ExtensionField> Extensions = default);
