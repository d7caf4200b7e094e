using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Platform;
using Patcher.Core.Verification;

namespace Patcher.Core.RunningModules;

/// <summary>
/// <c>check</c>'s look at the running MTA (issue 15): where the files carry the fix and the MTA runs, read what it loaded.
/// Files that carry the fix with a running MTA that does not run them make the verdict <see cref="FixVerdict.FixNotRunning"/>.
/// </summary>
public static class RunningFixSurvey
{
    /// <summary>
    /// The <c>running-the-fix</c> check of a running MTA whose files carry the fix, and the assessment it leaves; the check
    /// is null where there is nothing to read (no fix on disk, no running process).
    /// </summary>
    public static (FixAssessment Assessment, RecoveryCheck? RunningTheFix) Judge(HostPlatform host, FixAssessment assessment, MtaHealth health)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(health);
        if (!assessment.Verdict.CarriesFix() || health.Status is not { State: ServiceState.Running, ProcessId: > 0 } status)
        {
            return (assessment, null);
        }

        var expected = RunningFixExpectation.Installed(host.Files, assessment.Installation, assessment.Baseline.FixFiles, assessment.Baseline);
        var check = RunningFixJudge.Judge(host.Modules.Read(status.ProcessId, [.. expected.Modules.Select(m => m.Name)]), expected);
        return check.State == RecoveryCheckState.Failed
            ? (assessment with { Verdict = FixVerdict.FixNotRunning, Reason = $"{assessment.Reason} But the running MTA does not run them: {check.Evidence}." }, check)
            : (assessment, check);
    }
}
