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
    int ExpectedDiagnostic)
{
    /// <summary>
    /// Q248732's requirements, the one built-in definition (the Q248732 package carries the same): MSExchangeMTA, not
    /// 1067 (ERROR_PROCESS_ABORTED), no SCM 7031/7034 since the restart, queue progress, each poison message rejected
    /// with an NDR whose diagnostic is 11 (X.411 invalid-arguments). <c>verify</c> and <c>rollback</c> use it when they
    /// have no package.
    /// </summary>
    public static VerificationRequirements Q248732 { get; } = new(
        Exchange.ExchangeServices.MessageTransferAgent,
        ForbiddenExitCode: 1067,
        [Exchange.ExchangeEvents.ServiceTerminatedWithRecovery, Exchange.ExchangeEvents.ServiceTerminatedUnexpectedly],
        RequireQueueProgress: true,
        RequirePoisonRejected: true,
        ExpectedDiagnostic: 11);
}
