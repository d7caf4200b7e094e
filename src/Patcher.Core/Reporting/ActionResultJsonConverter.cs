namespace Patcher.Core.Reporting;

/// <summary><see cref="ActionResult"/> as <c>succeeded</c>, <c>failed</c> or <c>skipped</c>.</summary>
internal sealed class ActionResultJsonConverter() : NamedEnumJsonConverter<ActionResult>(result => result switch
{
    ActionResult.Succeeded => "succeeded",
    ActionResult.Failed => "failed",
    ActionResult.Skipped => "skipped",
    _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
});
