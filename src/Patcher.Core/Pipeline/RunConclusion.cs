using Patcher.Core.Apply;
using Patcher.Core.Reporting;

namespace Patcher.Core.Pipeline;

/// <summary>How a run (or a standalone apply or rollback) ended on a host, and why: an outcome as a value.</summary>
/// <param name="Outcome">The host's outcome.</param>
/// <param name="Reason">A sentence a human can act on.</param>
public sealed record RunConclusion(HostOutcome Outcome, string Reason)
{
    /// <summary>What the apply or rollback itself did (its journal, backups, services left stopped); null when none ran.</summary>
    public ApplyResult? Result { get; init; }

    /// <summary>
    /// The report code of the failure that ended it (an <see cref="ApplyException"/> code: AP019 services left stopped, AP016
    /// recovery failed, ...); null when it ended as a value of its own.
    /// </summary>
    public string? Code { get; init; }
}
