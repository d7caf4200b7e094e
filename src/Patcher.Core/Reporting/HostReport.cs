namespace Patcher.Core.Reporting;

/// <summary>
/// What one run of the agent found, did and observed on one host: the per-host report (schema version 1, documented
/// field by field in <c>Reporting/README.md</c>; JSON through <see cref="HostReportJson"/>).
/// </summary>
/// <param name="SchemaVersion">The report format's version: <see cref="CurrentSchemaVersion"/>.</param>
/// <param name="Host">The machine's name, e.g. <c>EXCH01</c>.</param>
/// <param name="AgentVersion">The agent's version, e.g. <c>1.0.0</c>.</param>
/// <param name="EngineVersion">The decoding engine's version that was deployed (or found); null when not known.</param>
/// <param name="RunId">The run's id: letters, digits, <c>.</c>, <c>_</c> and <c>-</c> only (it names the report file).</param>
/// <param name="Mode">What the run was allowed to do.</param>
/// <param name="StartedAt">When the run started (the host's clock).</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Package">The hotfix package used; null in a scan-only run or when none was given.</param>
/// <param name="Installations">The MTA installations found, with their files and verdicts before and after.</param>
/// <param name="Actions">Every action taken, in order.</param>
/// <param name="FileChanges">Every file replaced (or restored by a rollback).</param>
/// <param name="RestartAttempts">Every service start attempt, in order.</param>
/// <param name="Verifications">Every verification round: after the apply, and after a rollback.</param>
/// <param name="Outcome">How the run ended.</param>
/// <param name="OutcomeReason">Why, in a sentence a human can act on.</param>
public sealed record HostReport(
    int SchemaVersion,
    string Host,
    string AgentVersion,
    string? EngineVersion,
    string RunId,
    RunMode Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    ReportedPackage? Package,
    IReadOnlyList<ReportedInstallation> Installations,
    IReadOnlyList<ReportedAction> Actions,
    IReadOnlyList<FileChange> FileChanges,
    IReadOnlyList<RestartAttempt> RestartAttempts,
    IReadOnlyList<VerificationRound> Verifications,
    HostOutcome Outcome,
    string OutcomeReason)
{
    /// <summary>The schema version this agent writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The rollout ring the host is in (policy <c>Ring</c>, e.g. <c>pilot</c>); absent in reports written before rings.</summary>
    public string? Ring { get; init; }
}
