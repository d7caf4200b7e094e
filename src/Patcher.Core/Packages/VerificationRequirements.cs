namespace Patcher.Core.Packages;

/// <summary>What verification must observe after the restart for the MTA to count as recovered.</summary>
/// <param name="Service">The service to watch (<c>MSExchangeMTA</c>).</param>
/// <param name="ForbiddenExitCode">The Win32 exit code that means the defect is still there (1067).</param>
/// <param name="ForbiddenEvents">SCM events that must not appear since the restart (7031, 7034).</param>
/// <param name="RequireQueueProgress">Whether the queue must make progress.</param>
/// <param name="RequirePoisonRejected">Whether each poison message present before must be rejected with an NDR.</param>
/// <param name="ExpectedDiagnostic">The NDR diagnostic for a poison message (11, invalid-arguments).</param>
public sealed record VerificationRequirements(
    string Service,
    int ForbiddenExitCode,
    IReadOnlyList<int> ForbiddenEvents,
    bool RequireQueueProgress,
    bool RequirePoisonRejected,
    int ExpectedDiagnostic);
