using System.Globalization;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Apply;

/// <summary>
/// Applies a verified package to an installation by its plan, journaling every step before doing it: verify, stage the
/// payload on the installation's volume (hash-checked), back up each file being replaced (hash-checked; a running image
/// is readable), record the services' states, stop dependents then the MTA, check each target still has its backed-up
/// hash, swap the files in by rename, start the services that were running (the MTA first), complete. Everything that
/// copies or flushes a file is done before the first stop, so the MTA is down only for the renames (issue 13). Any
/// failure midway undoes everything (originals restored from the backup, services as they were). The queue database is
/// never touched; backups are never deleted.
/// </summary>
public sealed class HotfixApplier
{
    private readonly HostPlatform _host;
    private readonly IServiceRestarter _restarter;
    private readonly ApplyOptions _options;

    /// <summary>Applies on <paramref name="host"/>, controlling services through <paramref name="restarter"/>.</summary>
    public HotfixApplier(HostPlatform host, IServiceRestarter restarter, ApplyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(restarter);
        _host = host;
        _restarter = restarter;
        _options = options ?? new ApplyOptions();
    }

    /// <summary>
    /// Applies <paramref name="package"/> as <paramref name="plan"/> says; with nothing to do, changes nothing. An apply that
    /// fails midway is undone, and says so as its outcome (<see cref="ApplyOutcome.Undone"/>, with the cause).
    /// </summary>
    /// <exception cref="ApplyException">
    /// <see cref="ApplyException.RecoveryFailed"/>: undoing failed too, or an unfinished operation is pending;
    /// <see cref="ApplyException.Busy"/>: another run holds the installation.
    /// </exception>
    public async Task<ApplyResult> ApplyAsync(ApplyPlan plan, IHotfixPackage package, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(package);
        var root = plan.Installation.InstallRoot;
        if (plan.NothingToDo)
        {
            return new ApplyResult(ApplyOutcome.NothingToDo, null, root, null,
                $"{plan.PackageId} {plan.PackageVersion} is already applied to {root}: every target has the payload's hash. Nothing was changed.");
        }

        var state = new StateFolder(root);
        using var gate = InstallationLock.Acquire(_host, state);
        var store = new JournalStore(_host, state, _options.JournalWritten);
        store.RemoveLeftovers();
        var previous = store.Read();
        if (previous is { Completed: false } pending)
        {
            throw new ApplyException(ApplyException.RecoveryFailed,
                $"The {pending.Operation} {pending.Id} on {root} is unfinished: run patcher apply or patcher rollback again so it is finished or undone first.");
        }

        var runner = new JournalRunner(_host, _restarter, store);
        var journal = NewJournal(plan, state);
        try
        {
            journal = runner.Step(journal, ApplySteps.Verify);
            VerifyUnchanged(plan, runner);
            journal = await StageAsync(journal, plan, package, runner, cancellationToken).ConfigureAwait(false);
            journal = BackUp(journal, runner);
            journal = await runner.RecordServicesAsync(journal, RunningBefore(previous), cancellationToken).ConfigureAwait(false);
            journal = await runner.StopServicesAsync(journal, cancellationToken).ConfigureAwait(false);

            // The MTA is down from here until its start below: only a hash check, one journal write, one rename per file
            // and one more journal write stand between its stop and its start (issue 13). Copies and their flushes are done.
            VerifyStillBackedUp(journal, runner);
            journal = Swap(journal, runner);
            journal = await runner.StartServicesAsync(journal, cancellationToken).ConfigureAwait(false);
            runner.Complete(journal, ApplyJournal.Applied, null);
        }
        catch (Exception failure) when (IsOperational(failure))
        {
            return await UndoAfterFailureAsync(runner, journal, plan, failure).ConfigureAwait(false);
        }

        return new ApplyResult(ApplyOutcome.Applied, journal.Id, root, journal.BackupFolder, string.Create(CultureInfo.InvariantCulture,
            $"{plan.PackageId} {plan.PackageVersion} applied to {root}: {journal.Files.Count} file(s) replaced, originals kept in {journal.BackupFolder}."));
    }

    /// <summary>
    /// Services to count as running before although they are stopped now: after an undone apply, those it recorded as
    /// running (the unpatched MTA restarted by the undo may have died with 1067 on the poison message since, KB Q248732,
    /// taking its dependents' starts with it); after a rollback, those it could not start again.
    /// </summary>
    private static IReadOnlyCollection<string> RunningBefore(ApplyJournal? previous) => previous is { Completed: true, Outcome: ApplyJournal.RolledBack }
        ? [.. previous.UnstartedServices, .. previous.Operation == ApplyJournal.ApplyOperation ? previous.Services.Where(JournalRunner.WasRunning).Select(s => s.Name) : []]
        : [];

    /// <summary>Whether <paramref name="failure"/> is one apply answers by undoing (not a bug in Patcher).</summary>
    internal static bool IsOperational(Exception failure) =>
        failure is ApplyException or IOException or UnauthorizedAccessException or ServiceControlException or HostPlatformException
            or InvalidDataException or OperationCanceledException;

    private async Task<ApplyResult> UndoAfterFailureAsync(JournalRunner runner, ApplyJournal journal, ApplyPlan plan, Exception failure)
    {
        var current = runner.Latest ?? journal;
        var what = $"Applying {plan.PackageId} to {plan.Installation.InstallRoot} failed ({failure.Message})";
        try
        {
            // Not cancellable: once started, the undo must run to the end.
            current = await runner.UndoAsync(current, $"apply failed: {failure.Message}", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception undoFailure) when (IsOperational(undoFailure))
        {
            // Disk full, a locked file: say in the one line the operator reads which services are down and why.
            var undone = $"{what} and undoing it failed too ({undoFailure.Message}).{JournalSentence(runner)} The journal is kept: fix the cause and run patcher rollback (or apply) again to finish the undo.";
            var stopped = await runner.StoppedAsync(runner.Latest ?? current).ConfigureAwait(false);
            if (stopped.Count > 0)
            {
                throw ServicesLeftStopped.Report(_host, undone, stopped, ServicesLeftStopped.OnMixedFiles, new AggregateException(failure, undoFailure));
            }

            throw new ApplyException(ApplyException.RecoveryFailed, undone, new AggregateException(failure, undoFailure));
        }

        if (runner.JournalFailure is not null)
        {
            // The undo went on without its journal (a full disk): the files are original; the journal on disk is not completed.
            var undone = $"{what}; it was undone: every file is original again.{JournalSentence(runner)}";
            if (current.UnstartedServices.Count > 0)
            {
                throw ServicesLeftStopped.Report(_host, undone, current.UnstartedServices, $"{runner.WhyUnstarted(current)}. Start them by hand once the cause is fixed.", failure);
            }

            var running = JournalRunner.RunningBefore(current);
            var message = $"{undone}{(running.Count == 0 ? "" : $" The services it stopped run again: {string.Join(", ", running)}.")} Free space on the volume of {new StateFolder(plan.Installation.InstallRoot).Folder}, then run patcher apply or rollback.";
            ApplyEvents.Write(_host, HostReportEvents.JournalNotWritten, EventLevel.Error, message);
            throw new ApplyException(ApplyException.RecoveryFailed, message, failure);
        }

        return new ApplyResult(
            ApplyOutcome.Undone,
            current.Id,
            plan.Installation.InstallRoot,
            current.BackupFolder,
            $"Applying {plan.PackageId} to {plan.Installation.InstallRoot} failed and was rolled back: {(current.Reached(ApplySteps.Swap) ? "every file is original" : "no file was replaced")} and the services are as they were.{JournalRunner.Unstarted(current)} Cause: {failure.Message}",
            current.UnstartedServices);
    }

    /// <summary>The sentence about a journal the undo could not write, or empty.</summary>
    internal static string JournalSentence(JournalRunner runner) => runner.JournalFailure is null
        ? ""
        : $" The journal could not be written ({runner.JournalFailure}): the undo went on without it and the journal is left unfinished, so the next Patcher run finishes it.";

    private ApplyJournal NewJournal(ApplyPlan plan, StateFolder state)
    {
        var now = _host.Time.GetUtcNow();
        var id = plan.Kb + "-" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var backup = state.Backup(id);
        var staging = state.Staging(id);
        var swapped = plan.Files.Where(file => file.NeedsSwap).ToArray();
        return new ApplyJournal
        {
            Operation = ApplyJournal.ApplyOperation,
            Id = id,
            Kb = plan.Kb,
            PackageId = plan.PackageId,
            PackageVersion = plan.PackageVersion,
            PackageSha256 = plan.PackageSha256,
            InstallRoot = plan.Installation.InstallRoot,
            DatabasePath = plan.Installation.DatabasePath,
            StagingFolder = staging,
            BackupFolder = backup,
            StartedUtc = now,
            Files = swapped.Select((file, i) => new JournalFile(
                file.HostPath,
                file.CurrentSha256,
                file.CurrentVersion?.ToString(),
                file.Payload.Sha256.ToLowerInvariant(),
                file.Payload.FileVersion.ToString(),
                staging + "\\" + (i + 1).ToString(CultureInfo.InvariantCulture) + "-" + Path.GetFileName(file.Payload.Target.Replace('\\', '/')),
                backup + "\\" + file.Payload.Target.Replace('/', '\\'))).ToArray(),
            Services = plan.Services.Select(service => new JournalService(service.Name, null)).ToArray(),
        };
    }

    /// <summary>The targets must still be what the plan saw: a plan is not applied to a host that changed under it.</summary>
    private static void VerifyUnchanged(ApplyPlan plan, JournalRunner runner)
    {
        foreach (var file in plan.Files.Where(file => file.NeedsSwap))
        {
            var now = FileHash.Of(runner.Local(file.HostPath));
            if (!FileHash.Same(now, file.CurrentSha256))
            {
                throw new ApplyException(ApplyException.HostChanged, $"{file.HostPath} changed since the plan was made (SHA-256 {now ?? "none"}, planned {file.CurrentSha256 ?? "none"}): plan again.");
            }
        }
    }

    private static async Task<ApplyJournal> StageAsync(ApplyJournal journal, ApplyPlan plan, IHotfixPackage package, JournalRunner runner, CancellationToken cancellationToken)
    {
        var payloads = plan.Files.Where(file => file.NeedsSwap).Select(file => file.Payload).ToArray();
        for (var i = 0; i < journal.Files.Count; i++)
        {
            var file = journal.Files[i];
            journal = runner.Step(journal, ApplySteps.Stage, i + 1, file.Target);
            var payload = payloads[i];
            await DurableFile.WriteVerifiedAsync(runner.Local(file.Staged), file.NewSha256, $"The staged copy of {payload.Source}", stream =>
                package.CopyPayloadToAsync(payload, stream, cancellationToken)).ConfigureAwait(false);
        }

        return journal;
    }

    private static ApplyJournal BackUp(ApplyJournal journal, JournalRunner runner)
    {
        for (var i = 0; i < journal.Files.Count; i++)
        {
            var file = journal.Files[i];
            if (file.OriginalSha256 is null)
            {
                continue; // a new file: nothing to keep
            }

            journal = runner.Step(journal, ApplySteps.Backup, i + 1, file.Target);
            DurableFile.CopyVerified(runner.Local(file.Target), runner.Local(file.Backup), file.OriginalSha256, $"The backup of {file.Target}");
        }

        return journal;
    }

    /// <summary>
    /// After the stop, each target must still be what was backed up (a file changed since the backup would be lost by the
    /// swap): a hash of each, cheap beside the copy it replaces. A new file must still be absent.
    /// </summary>
    private static void VerifyStillBackedUp(ApplyJournal journal, JournalRunner runner)
    {
        foreach (var file in journal.Files)
        {
            var now = FileHash.Of(runner.Local(file.Target));
            if (!FileHash.Same(now, file.OriginalSha256))
            {
                throw new ApplyException(ApplyException.HostChanged,
                    $"{file.Target} changed after it was backed up (SHA-256 {now ?? "none"}, backed up {file.OriginalSha256 ?? "none"}): nothing was replaced; plan again.");
            }
        }
    }

    /// <summary>
    /// One journal entry, then one rename per file: the staged copy (same volume, flushed when staged) replaces the target
    /// atomically, and the displaced original lives on only as its backup. One entry is what recovery needs: it says a
    /// target may have changed; which ones did, their hashes tell.
    /// </summary>
    private static ApplyJournal Swap(ApplyJournal journal, JournalRunner runner)
    {
        journal = runner.Step(journal, ApplySteps.Swap);
        foreach (var file in journal.Files)
        {
            var target = runner.Local(file.Target);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);

            // Same volume: the rename is atomic, so the target is the original or the payload, never a part of either.
            File.Move(runner.Local(file.Staged), target, overwrite: true);
        }

        return journal;
    }
}
