namespace Patcher.Agent.Scan;

/// <summary>One piece of version evidence: a fix file (deciding), another file or the registry's build (shown only).</summary>
internal sealed record EvidenceDocument(
    string Item,
    string Location,
    string Source,
    string? Value,
    string? Classification,
    string? Problem);
