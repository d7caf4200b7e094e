using Patcher.Core.Reporting;
using Patcher.Core.RunningModules;

namespace Patcher.Core.Verification;

/// <summary>What <see cref="RecoveryVerifier"/> concluded about one MTA, check by check.</summary>
/// <param name="Verdict">Recovered, not recovered, or unknown.</param>
/// <param name="Service">The service verified, e.g. <c>MSExchangeMTA</c>.</param>
/// <param name="RestartedAt">The restart the verification judges from (SCM events are read from it).</param>
/// <param name="StartedAt">When observation began.</param>
/// <param name="FinishedAt">When the verdict was reached.</param>
/// <param name="Checks">Every check, in <see cref="VerificationCheckNames"/> order.</param>
public sealed record RecoveryVerification(
    RecoveryVerdict Verdict,
    string Service,
    DateTimeOffset RestartedAt,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<RecoveryCheck> Checks)
{
    /// <summary>What the running MTA loaded, as <c>running-the-fix</c> read it; null when no process was running.</summary>
    public LoadedModuleRead? LoadedModules { get; init; }

    /// <summary>The checks that failed.</summary>
    public IReadOnlyList<RecoveryCheck> Failed => [.. Checks.Where(c => c.State == RecoveryCheckState.Failed)];

    /// <summary>One sentence: the verdict and, when not recovered, which checks did not hold.</summary>
    public string Summary => Verdict switch
    {
        RecoveryVerdict.Recovered => $"{Service} recovered: all {Checks.Count} checks held.",
        RecoveryVerdict.NotRecovered => $"{Service} NOT recovered: {string.Join("; ", Failed.Select(c => $"{c.Name} failed ({c.Evidence})"))}.",
        _ => $"{Service} recovery unknown: {string.Join("; ", Checks.Where(c => c.State == RecoveryCheckState.Unknown).Select(c => $"{c.Name} could not be observed ({c.Evidence})"))}.",
    };

    /// <summary>The report's verification round for <paramref name="phase"/> (<see cref="VerificationRound.AfterApply"/>...).</summary>
    public VerificationRound ToRound(string phase) =>
        new(phase, Service, StartedAt, FinishedAt, Verdict == RecoveryVerdict.Recovered, [.. Checks.Select(c => c.ToReport())])
        {
            LoadedModules = LoadedModules is { Readable: true } read ? [.. read.Modules.Select(ReportedModule.From)] : null,
        };
}
