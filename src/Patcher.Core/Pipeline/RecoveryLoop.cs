using Patcher.Core.Apply;
using Patcher.Core.Discovery;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.RunningModules;
using Patcher.Core.Services;
using Patcher.Core.Verification;

namespace Patcher.Core.Pipeline;

/// <summary>
/// The run's recovery loop, the one <c>run</c>, <c>apply</c>, <c>rollback</c> and <c>verify</c> share: apply (or roll
/// back), bring the MTA up, verify; when verification after an apply fails, roll back, bring it up, verify again. Every
/// stop and start goes through the one service-control engine (<see cref="ServiceOrchestrator"/>, with the host's
/// restart policy), and every step is recorded. Outcomes are values (<see cref="RunConclusion"/>).
/// </summary>
public sealed partial class RecoveryLoop
{
    private readonly HostPlatform _host;
    private readonly IP1Inspector _inspector;
    private readonly HostRunOptions _options;

    /// <summary>A loop on <paramref name="host"/>; <paramref name="progress"/> hears each step as it ends.</summary>
    public RecoveryLoop(HostPlatform host, IP1Inspector inspector, HostRunOptions options, Action<ReportedAction>? progress = null)
        : this(host, inspector, options, new RunRecorder(host?.Time ?? TimeProvider.System, progress))
    {
    }

    internal RecoveryLoop(HostPlatform host, IP1Inspector inspector, HostRunOptions options, RunRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(inspector);
        ArgumentNullException.ThrowIfNull(options);
        _host = host;
        _inspector = inspector;
        _options = options;
        Recorder = recorder;
        Restarter = new ResilientServiceRestarter(new ServiceOrchestrator(host.Services, host.Time, options.Restart));
    }

    /// <summary>Stops and starts services for the apply, the rollback and journal recovery: the resilient engine.</summary>
    public ResilientServiceRestarter Restarter { get; }

    /// <summary>Every step so far, in order.</summary>
    public IReadOnlyList<ReportedAction> Actions => Recorder.Actions;

    /// <summary>Every verification round so far.</summary>
    public IReadOnlyList<VerificationRound> Verifications => Recorder.Verifications;

    internal RunRecorder Recorder { get; }

    /// <summary>
    /// Applies <paramref name="plan"/>, brings the MTA up and verifies it; when it is not recovered, rolls back, brings it
    /// up and verifies again. <paramref name="inventory"/> is the queue's poison, taken before anything changed.
    /// </summary>
    public async Task<RunConclusion> ApplyAsync(ApplyPlan plan, IHotfixPackage package, PoisonInventory inventory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(package);
        var installation = plan.Installation;
        var requirements = package.Manifest.Verification;
        var applyStarted = _host.Time.GetUtcNow();
        ApplyResult applied;
        try
        {
            applied = await Recorder.StepAsync(
                RunActions.Apply,
                () => new HotfixApplier(_host, Restarter, _options.Apply).ApplyAsync(plan, package, cancellationToken),
                r => (r.Outcome == ApplyOutcome.Undone ? ActionResult.Failed : ActionResult.Succeeded, r.Message)).ConfigureAwait(false);
        }
        catch (ApplyException e) when (e.Code == ApplyException.Busy)
        {
            return new RunConclusion(HostOutcome.Error, e.Message) { Code = e.Code };
        }
        catch (ApplyException e)
        {
            return new RunConclusion(HostOutcome.Failed, e.Message) { Code = e.Code };
        }

        if (applied.Outcome == ApplyOutcome.NothingToDo)
        {
            return new RunConclusion(HostOutcome.Compliant, applied.Message) { Result = applied };
        }

        if (applied.Outcome == ApplyOutcome.Undone)
        {
            // Apply failed midway and undid itself: the originals are back; prove the MTA runs on them.
            await EnsureRunningAsync(installation, cancellationToken).ConfigureAwait(false);
            var undone = await VerifyAsync(installation, requirements, inventory, VerificationRound.AfterRollback, applyStarted, expected: Originals(installation), cancellationToken: cancellationToken).ConfigureAwait(false);
            return undone.Verdict == RecoveryVerdict.Recovered
                ? new RunConclusion(HostOutcome.RolledBack, $"{applied.Message} The MTA was verified running on the originals.") { Result = applied }
                : new RunConclusion(HostOutcome.Failed, $"{applied.Message} After it: {undone.Summary}") { Result = applied };
        }

        RecordChanges(plan, applied.BackupFolder);
        await EnsureRunningAsync(installation, cancellationToken).ConfigureAwait(false);
        var first = await VerifyAsync(
            installation, requirements, inventory, VerificationRound.AfterApply, applyStarted, expected: RunningFixExpectation.FromPlan(plan, package.Manifest.Baseline), cancellationToken: cancellationToken).ConfigureAwait(false);
        switch (first.Verdict)
        {
            case RecoveryVerdict.Recovered:
                return new RunConclusion(HostOutcome.PatchedRecovered, $"{applied.Message} {first.Summary}") { Result = applied };
            case RecoveryVerdict.Unknown:
                return new RunConclusion(HostOutcome.PatchedNotVerified, $"{applied.Message} {first.Summary}") { Result = applied };
        }

        RunConclusion rolledBack;
        try
        {
            rolledBack = await RollBackAsync(installation, requirements, inventory, cancellationToken).ConfigureAwait(false);
        }
        catch (ApplyException e)
        {
            return new RunConclusion(HostOutcome.Failed, $"{first.Summary} The automatic rollback failed: {e.Message}") { Result = applied, Code = e.Code };
        }

        if (rolledBack.Result is { Outcome: ApplyOutcome.RolledBack })
        {
            RecordRestores(plan, applied.BackupFolder);
        }

        return rolledBack with
        {
            Reason = rolledBack.Outcome == HostOutcome.RolledBack
                ? $"{first.Summary} Rolled back automatically: the originals are restored and the MTA verified running on them."
                : $"{first.Summary} {rolledBack.Reason}",
        };
    }

    /// <summary>
    /// Rolls back the last completed apply on <paramref name="installation"/>, brings the MTA up and verifies it runs on
    /// the originals: <see cref="HostOutcome.RolledBack"/> when it does, <see cref="HostOutcome.Failed"/> when not.
    /// </summary>
    /// <remarks>A rollback that failed midway and was undone (the patched files back) ends <see cref="HostOutcome.Failed"/>, its result <see cref="ApplyOutcome.RollbackUndone"/>.</remarks>
    /// <exception cref="ApplyException">Refused before anything was touched: nothing to roll back (AP011), a damaged backup (AP012).</exception>
    public async Task<RunConclusion> RollBackAsync(MtaInstallation installation, VerificationRequirements requirements, PoisonInventory inventory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(requirements);
        var started = _host.Time.GetUtcNow();
        ApplyResult result;
        try
        {
            result = await Recorder.StepAsync(
                ReportActions.Rollback,
                () => new HotfixRollback(_host, Restarter, _options.Apply).RollBackAsync(installation.InstallRoot, cancellationToken),
                r => (r.Outcome == ApplyOutcome.RollbackUndone ? ActionResult.Failed : ActionResult.Succeeded, r.Message)).ConfigureAwait(false);
        }
        catch (ApplyException e) when (e.IsRefusal || e.Code == ApplyException.HashMismatch)
        {
            throw;
        }
        catch (ApplyException e)
        {
            return new RunConclusion(HostOutcome.Failed, $"The rollback failed: {e.Message}") { Code = e.Code };
        }

        if (result.Outcome == ApplyOutcome.RollbackUndone)
        {
            // The rollback failed midway and put the patched files back: nothing was rolled back, the operator must look.
            return new RunConclusion(HostOutcome.Failed, $"The rollback failed: {result.Message}") { Result = result, Code = ApplyException.RollbackUndone };
        }

        await EnsureRunningAsync(installation, cancellationToken).ConfigureAwait(false);
        var verified = await VerifyAsync(installation, requirements, inventory, VerificationRound.AfterRollback, started, expected: Originals(installation), cancellationToken: cancellationToken).ConfigureAwait(false);
        return verified.Verdict == RecoveryVerdict.Recovered
            ? new RunConclusion(HostOutcome.RolledBack, $"{result.Message} The MTA was verified running on the originals.") { Result = result }
            : new RunConclusion(HostOutcome.Failed, $"{result.Message} After the rollback: {verified.Summary}") { Result = result };
    }

    /// <summary>
    /// Verifies the MTA of <paramref name="installation"/> against <paramref name="requirements"/>, judging SCM events from
    /// its restart (<see cref="RestartedAt"/>: at or after <paramref name="since"/>, else <paramref name="otherwise"/>, by
    /// default <paramref name="since"/>), and records the round as <paramref name="phase"/>. <paramref name="expected"/> is
    /// what the running MTA must have loaded (null: the fix files installed now, carrying Q248732).
    /// </summary>
    public async Task<RecoveryVerification> VerifyAsync(
        MtaInstallation installation,
        VerificationRequirements requirements,
        PoisonInventory inventory,
        string phase,
        DateTimeOffset since,
        DateTimeOffset? otherwise = null,
        RunningFixExpectation? expected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(requirements);
        var restartedAt = RestartedAt(installation.ServiceName ?? requirements.Service, since, otherwise ?? since);
        var verifier = new RecoveryVerifier(_host, _inspector, _options.Verification);
        var verification = await Recorder.StepAsync(
            ReportActions.Verify,
            () => verifier.VerifyAsync(installation, requirements, inventory, restartedAt, expected, cancellationToken),
            v => (v.Verdict == RecoveryVerdict.NotRecovered ? ActionResult.Failed : ActionResult.Succeeded, $"{phase}: {v.Verdict.ToName()}: {v.Summary}")).ConfigureAwait(false);
        Recorder.Verifications.Add(verification.ToRound(phase));
        return verification;
    }

    /// <summary>
    /// When <paramref name="service"/> was last (re)started at or after <paramref name="since"/>: the agent's own last start
    /// attempt in this loop, else the MTA's own "started" event (9298), else <paramref name="otherwise"/>. The one rule for
    /// the run and the standalone <c>verify</c>: SCM events are judged from that moment.
    /// </summary>
    public DateTimeOffset RestartedAt(string service, DateTimeOffset since, DateTimeOffset otherwise)
    {
        var attempts = Restarter.Outcomes
            .Where(o => o.Action == "start" && o.Name.Equals(service, StringComparison.OrdinalIgnoreCase))
            .SelectMany(o => o.Attempts.Where(a => a.Action == "start"))
            .Select(a => a.StartedAt)
            .Where(t => t >= since)
            .ToList();
        if (attempts.Count > 0)
        {
            return attempts.Max();
        }

        // An unreadable Application log leaves the fallback; the SCM-events check then says the log is unknown.
        return _host.EventLog.TryRead(EventLogEntry.ApplicationLog, since).Entries
            .Where(e => e.EventId == Exchange.ExchangeEvents.MtaStarted && e.Source.Equals(Exchange.ExchangeEvents.MtaSource, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.TimeGenerated)
            .DefaultIfEmpty(otherwise)
            .Max();
    }

    /// <summary>
    /// Starts the MTA when it is not running (through the Polly pipeline): apply only restarts what was running, but an
    /// MTA that was down (KB Q248732's 1067, or a failed start) is what the fix is for.
    /// </summary>
    private async Task EnsureRunningAsync(MtaInstallation installation, CancellationToken cancellationToken)
    {
        var service = installation.ServiceName!;
        if (await Restarter.SettledStateAsync(service, cancellationToken).ConfigureAwait(false) == ServiceState.Running)
        {
            return;
        }

        try
        {
            await Recorder.StepAsync(
                ReportActions.StartService,
                async () =>
                {
                    await Restarter.StartAsync(service, cancellationToken).ConfigureAwait(false);
                    return Restarter.Outcomes[^1];
                },
                o => (ActionResult.Succeeded, $"{service}: {o.Verdict} after {o.Attempts.Count} attempt(s)")).ConfigureAwait(false);
        }
        catch (ApplyException e) when (e.Code == ApplyException.ServiceControlFailed)
        {
            // Recorded as a failed action; verification says what it means.
        }
    }

    /// <summary>
    /// After a rollback the MTA must run the restored originals, from where they are installed: no fix is expected of them,
    /// but a copy loaded from elsewhere still fails <c>running-the-fix</c>.
    /// </summary>
    private RunningFixExpectation Originals(MtaInstallation installation) =>
        RunningFixExpectation.Installed(_host.Files, installation, Assessment.FixBaseline.Q248732.FixFiles, baseline: null, "the rollback");

    private void RecordChanges(ApplyPlan plan, string? backupFolder)
    {
        foreach (var file in plan.Files.Where(f => f.NeedsSwap))
        {
            Recorder.FileChanges.Add(new FileChange(file.HostPath, file.CurrentVersion, file.CurrentSha256, file.Payload.FileVersion, file.Payload.Sha256.ToLowerInvariant(),
                file.CurrentSha256 is null || backupFolder is null ? null : backupFolder + "\\" + file.Payload.Target.Replace('/', '\\')));
        }
    }

    private void RecordRestores(ApplyPlan plan, string? backupFolder)
    {
        foreach (var file in plan.Files.Where(f => f.NeedsSwap && f.CurrentSha256 is not null))
        {
            Recorder.FileChanges.Add(new FileChange(file.HostPath, file.Payload.FileVersion, file.Payload.Sha256.ToLowerInvariant(), file.CurrentVersion, file.CurrentSha256!,
                backupFolder is null ? null : backupFolder + "\\" + file.Payload.Target.Replace('/', '\\')));
        }
    }
}
