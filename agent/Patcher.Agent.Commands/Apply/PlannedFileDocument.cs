namespace Patcher.Agent.Apply;

/// <summary>One target: <c>replace</c>, <c>add</c> (it does not exist yet) or <c>unchanged</c> (already the payload).</summary>
internal sealed record PlannedFileDocument(string Target, string Action, string? CurrentVersion, string? CurrentSha256, string NewVersion, string NewSha256);
