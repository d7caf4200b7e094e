using Patcher.Core.Reporting;

namespace Patcher.Agent.Run;

/// <summary><c>patcher verify --json</c>: the verdict, the inventory it judged poison by, and every check with its evidence.</summary>
internal sealed record VerifyDocument(
    string Verdict,
    string Service,
    DateTimeOffset RestartedAt,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string PoisonInventory,
    IReadOnlyList<VerificationCheck> Checks)
{
    /// <summary>The fix files the running MTA had loaded (<c>running-the-fix</c>); absent when they could not be read.</summary>
    public IReadOnlyList<LoadedModuleDocument>? LoadedModules { get; init; }
}
