namespace Patcher.Agent.Scan;

/// <summary>Two sources of evidence that disagree.</summary>
internal sealed record DisagreementDocument(string Kind, string Message);
