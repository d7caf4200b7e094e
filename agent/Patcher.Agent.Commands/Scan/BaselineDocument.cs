namespace Patcher.Agent.Scan;

/// <summary>The baseline <c>check</c> judged against, in the fix baseline's own JSON shape.</summary>
internal sealed record BaselineDocument(
    int SchemaVersion,
    string KbArticle,
    string Product,
    string AppliesTo,
    IReadOnlyList<string> FixFiles,
    string HotfixMinimum,
    string Baseline);
