namespace Patcher.Agent.Scan;

/// <summary>What <c>scan --json</c> and <c>check --json</c> print (fields documented in Scan/README.md).</summary>
internal sealed record ScanDocument(
    int SchemaVersion,
    string Command,
    string Host,
    DateTimeOffset ObservedAt,
    double HungAfterSeconds,
    BaselineDocument? Baseline,
    string? Result,
    int? ExitCode,
    IReadOnlyList<InstallationDocument> Installations);
