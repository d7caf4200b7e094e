namespace Patcher.Agent.Scan;

/// <summary>An MTA's health and the evidence behind it.</summary>
internal sealed record HealthDocument(
    string Verdict,
    string Reason,
    string? ServiceState,
    int? Win32ExitCode,
    int? ServiceSpecificExitCode,
    int? ProcessId,
    QueueDocument? Queue,
    double? SecondsSinceProgress,
    double HungAfterSeconds,
    IReadOnlyList<ScmEventDocument> ScmEvents);
