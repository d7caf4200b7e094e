namespace Patcher.Core.Reporting;

/// <summary>One verification of recovery, with the evidence for each check.</summary>
/// <param name="Phase">After what: <c>after-apply</c> or <c>after-rollback</c> (<see cref="AfterApply"/>, <see cref="AfterRollback"/>).</param>
/// <param name="Service">The service verified, e.g. <c>MSExchangeMTA</c>.</param>
/// <param name="StartedAt">When it started (the restart it judges from).</param>
/// <param name="FinishedAt">When the verdict was reached.</param>
/// <param name="Recovered">Whether every check held.</param>
/// <param name="Checks">Each check, with whether it held and the evidence.</param>
public sealed record VerificationRound(
    string Phase,
    string Service,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    bool Recovered,
    IReadOnlyList<VerificationCheck> Checks)
{
    /// <summary>The fix files the running MTA had loaded (<c>running-the-fix</c>): path, version, SHA-256; null when not read.</summary>
    public IReadOnlyList<ReportedModule>? LoadedModules { get; init; }

    /// <summary>The verification after the fix was applied.</summary>
    public const string AfterApply = "after-apply";

    /// <summary>The second verification, after an automatic rollback.</summary>
    public const string AfterRollback = "after-rollback";
}
