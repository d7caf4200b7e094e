using Patcher.Core.Apply;
using Patcher.Core.Packages;
using Patcher.Core.Reporting;
using Patcher.Core.Verification;

namespace Patcher.Core.Pipeline;

/// <summary>Survey the queue, plan, then the recovery loop: apply, bring the MTA up, verify; on failure roll back, bring it up, verify again.</summary>
public sealed partial class HostRun
{
    private async Task<RunConclusion> ApplyAndVerifyAsync(RunContext context, FoundInstallation target, IHotfixPackage package, CancellationToken cancellationToken)
    {
        var recorder = context.Recorder;
        var installation = target.Installation;
        var inventory = await recorder.StepAsync(
            RunActions.SurveyQueue,
            () => Task.FromResult(PoisonSurvey.Take(_host, installation, _inspector)),
            i => (ActionResult.Succeeded, i.Summary)).ConfigureAwait(false);

        ApplyPlan plan;
        try
        {
            plan = await recorder.StepAsync(
                RunActions.Plan,
                () => ApplyPlanner.PlanAsync(_host, installation, package, _options.Apply, cancellationToken),
                p => (ActionResult.Succeeded, $"{p.Files.Count(f => f.NeedsSwap)} file(s) to replace; stop in order: {string.Join(", ", p.Services.Select(s => $"{s.Name} ({s.StateBefore})"))}")).ConfigureAwait(false);
        }
        catch (ApplyException e) when (e.Code is PackageApplicabilityCodes.WrongProduct or PackageApplicabilityCodes.VersionTooOld or PackageApplicabilityCodes.VersionTooNew or ApplyException.NoBuildForMachine)
        {
            return new RunConclusion(HostOutcome.NotApplicable, $"{target.Assessment.Reason} {e.Message}");
        }

        return await context.Loop.ApplyAsync(plan, package, inventory, cancellationToken).ConfigureAwait(false);
    }
}
