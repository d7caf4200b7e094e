namespace Patcher.Agent.Scan;

/// <summary>One MTA file and the version its own version resource gives.</summary>
internal sealed record FileDocument(
    string Name,
    string HostPath,
    string Status,
    string? Version,
    string? ProductName,
    string? ErrorCode,
    string? Error);
