using Patcher.Core.Apply;
using Patcher.Core.Packages;
using Patcher.Core.Reporting;
using Patcher.Core.Verification;

namespace Patcher.Core.Pipeline;

/// <summary>Apply, bring the MTA up, verify; on failure roll back, bring it up, verify again.</summary>
public sealed partial class HostRun
{
    private async Task<RunConclusion> ApplyAndVerifyAsync(RunContext context, FoundInstallation target, IHotfixPackage package, CancellationToken cancellationToken)
    {
        var recorder = context.Recorder;
        var installation = target.Installation;
        var service = installation.ServiceName!;
        var requirements = package.Manifest.Verification;
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

        var applyStarted = _host.Time.GetUtcNow();
        ApplyResult applied;
        try
        {
            applied = await recorder.StepAsync(
                RunActions.Apply,
                () => new HotfixApplier(_host, context.Restarter, _options.Apply).ApplyAsync(plan, package, cancellationToken),
                r => (ActionResult.Succeeded, r.Message)).ConfigureAwait(false);
        }
        catch (ApplyException e) when (e.Code == ApplyException.RolledBack)
        {
            // Apply failed midway and undid itself: the originals are back; prove the MTA runs on them.
            await EnsureRunningAsync(context, service, cancellationToken).ConfigureAwait(false);
            var undone = await VerifyAsync(context, installation, requirements, inventory, VerificationRound.AfterRollback, applyStarted, cancellationToken).ConfigureAwait(false);
            return undone.Verdict == RecoveryVerdict.Recovered
                ? new RunConclusion(HostOutcome.RolledBack, $"{e.Message} The MTA was verified running on the originals.")
                : new RunConclusion(HostOutcome.Failed, $"{e.Message} After it: {undone.Summary}");
        }
        catch (ApplyException e) when (e.Code == ApplyException.Busy)
        {
            return new RunConclusion(HostOutcome.Error, e.Message);
        }
        catch (ApplyException e)
        {
            return new RunConclusion(HostOutcome.Failed, e.Message);
        }

        RecordChanges(recorder, plan, applied.BackupFolder);
        await EnsureRunningAsync(context, service, cancellationToken).ConfigureAwait(false);
        var first = await VerifyAsync(context, installation, requirements, inventory, VerificationRound.AfterApply, applyStarted, cancellationToken).ConfigureAwait(false);
        switch (first.Verdict)
        {
            case RecoveryVerdict.Recovered:
                return new RunConclusion(HostOutcome.PatchedRecovered, $"{applied.Message} {first.Summary}");
            case RecoveryVerdict.Unknown:
                return new RunConclusion(HostOutcome.PatchedNotVerified, $"{applied.Message} {first.Summary}");
        }

        var rollbackStarted = _host.Time.GetUtcNow();
        try
        {
            await recorder.StepAsync(
                ReportActions.Rollback,
                () => new HotfixRollback(_host, context.Restarter, _options.Apply).RollBackAsync(installation.InstallRoot, cancellationToken),
                r => (ActionResult.Succeeded, r.Message)).ConfigureAwait(false);
        }
        catch (ApplyException e)
        {
            return new RunConclusion(HostOutcome.Failed, $"{first.Summary} The automatic rollback failed: {e.Message}");
        }

        RecordRestores(recorder, plan, applied.BackupFolder);
        await EnsureRunningAsync(context, service, cancellationToken).ConfigureAwait(false);
        var second = await VerifyAsync(context, installation, requirements, inventory, VerificationRound.AfterRollback, rollbackStarted, cancellationToken).ConfigureAwait(false);
        return second.Verdict == RecoveryVerdict.Recovered
            ? new RunConclusion(HostOutcome.RolledBack, $"{first.Summary} Rolled back automatically: the originals are restored and the MTA verified running on them.")
            : new RunConclusion(HostOutcome.Failed, $"{first.Summary} Rolled back automatically, and after the rollback: {second.Summary}");
    }

    /// <summary>
    /// Starts the MTA when it is not running (through the Polly pipeline): apply only restarts what was running, but an
    /// MTA that was down (KB Q248732's 1067, or a failed start) is what the fix is for.
    /// </summary>
    private static async Task EnsureRunningAsync(RunContext context, string service, CancellationToken cancellationToken)
    {
        if (await context.Restarter.SettledStateAsync(service, cancellationToken).ConfigureAwait(false) == Platform.ServiceState.Running)
        {
            return;
        }

        try
        {
            await context.Recorder.StepAsync(
                ReportActions.StartService,
                async () =>
                {
                    await context.Restarter.StartAsync(service, cancellationToken).ConfigureAwait(false);
                    return context.Restarter.Outcomes[^1];
                },
                o => (ActionResult.Succeeded, $"{service}: {o.Verdict} after {o.Attempts.Count} attempt(s)")).ConfigureAwait(false);
        }
        catch (ApplyException e) when (e.Code == ApplyException.ServiceControlFailed)
        {
            // Recorded as a failed action; verification says what it means.
        }
    }

    private async Task<RecoveryVerification> VerifyAsync(
        RunContext context, Discovery.MtaInstallation installation, VerificationRequirements requirements, PoisonInventory inventory, string phase, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var restartedAt = LastStart(context, installation.ServiceName!, since);
        var verifier = new RecoveryVerifier(_host, _inspector, _options.Verification);
        var verification = await context.Recorder.StepAsync(
            ReportActions.Verify,
            () => verifier.VerifyAsync(installation, requirements, inventory, restartedAt, cancellationToken),
            v => (v.Verdict == RecoveryVerdict.NotRecovered ? ActionResult.Failed : ActionResult.Succeeded, $"{phase}: {v.Verdict.ToName()}: {v.Summary}")).ConfigureAwait(false);
        context.Recorder.Verifications.Add(verification.ToRound(phase));
        return verification;
    }

    /// <summary>When the MTA was last asked to start after <paramref name="since"/> (its last attempt), else <paramref name="since"/>.</summary>
    private static DateTimeOffset LastStart(RunContext context, string service, DateTimeOffset since) =>
        context.Restarter.Outcomes
            .Where(o => o.Action == "start" && o.Name.Equals(service, StringComparison.OrdinalIgnoreCase))
            .SelectMany(o => o.Attempts.Where(a => a.Action == "start"))
            .Select(a => a.StartedAt)
            .Where(t => t >= since)
            .DefaultIfEmpty(since)
            .Max();

    private static void RecordChanges(RunRecorder recorder, ApplyPlan plan, string? backupFolder)
    {
        foreach (var file in plan.Files.Where(f => f.NeedsSwap))
        {
            recorder.FileChanges.Add(new FileChange(file.HostPath, file.CurrentVersion, file.CurrentSha256, file.Payload.FileVersion, file.Payload.Sha256.ToLowerInvariant(),
                file.CurrentSha256 is null || backupFolder is null ? null : backupFolder + "\\" + file.Payload.Target.Replace('/', '\\')));
        }
    }

    private static void RecordRestores(RunRecorder recorder, ApplyPlan plan, string? backupFolder)
    {
        foreach (var file in plan.Files.Where(f => f.NeedsSwap && f.CurrentSha256 is not null))
        {
            recorder.FileChanges.Add(new FileChange(file.HostPath, file.Payload.FileVersion, file.Payload.Sha256.ToLowerInvariant(), file.CurrentVersion, file.CurrentSha256!,
                backupFolder is null ? null : backupFolder + "\\" + file.Payload.Target.Replace('/', '\\')));
        }
    }
}
