namespace Patcher.Core.Discovery;

/// <summary>Two sources of evidence disagree; the files' own version resources are what verdicts believe.</summary>
/// <param name="Kind">Which sources.</param>
/// <param name="Message">What each said, for a human.</param>
public sealed record Disagreement(DisagreementKind Kind, string Message);
