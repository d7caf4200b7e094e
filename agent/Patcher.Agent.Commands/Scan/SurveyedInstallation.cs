using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Health;
using Patcher.Core.Verification;

namespace Patcher.Agent.Scan;

/// <summary>One installation as <c>scan</c> and <c>check</c> report it.</summary>
/// <param name="Installation">What discovery found.</param>
/// <param name="Health">How its MTA is doing.</param>
/// <param name="Assessment">Its verdict against the baseline (<c>check</c> only).</param>
internal sealed record SurveyedInstallation(MtaInstallation Installation, MtaHealth Health, FixAssessment? Assessment)
{
    /// <summary>What the running MTA loaded, judged (<c>check</c>, when the files carry the fix and the MTA runs).</summary>
    public RecoveryCheck? RunningTheFix { get; init; }
}
