namespace Patcher.Agent.Scan;

/// <summary>An installation's verdict against the baseline, with the evidence behind it.</summary>
internal sealed record AssessmentDocument(string Verdict, string Reason, IReadOnlyList<EvidenceDocument> Evidence);
