namespace Patcher.Agent.Apply;

/// <summary>What <c>apply --json</c> and <c>rollback --json</c> print (fields in Apply/README.md).</summary>
internal sealed record ApplyDocument(
    int SchemaVersion,
    string Command,
    string? Host,
    string Result,
    int ExitCode,
    string? Code,
    string Message,
    IReadOnlyList<RecoveryDocument> Recovered,
    PackageDocument? Package,
    PlanDocument? Plan,
    string? OperationId,
    string? BackupFolder);
