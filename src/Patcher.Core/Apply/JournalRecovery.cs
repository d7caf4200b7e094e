using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// What every apply and rollback run does first: find an unfinished journal and finish or undo it. An apply whose swap
/// had completed for every file is finished (services started, journal completed); any other apply is undone (every file
/// not original restored from its backup, services that were running started). An unfinished rollback is finished. After
/// any crash, every target is all original or all patched, never mixed.
/// </summary>
public sealed class JournalRecovery
{
    private readonly HostPlatform _host;
    private readonly IServiceRestarter _restarter;
    private readonly ApplyOptions _options;

    /// <summary>Recovers on <paramref name="host"/>, controlling services through <paramref name="restarter"/>.</summary>
    public JournalRecovery(HostPlatform host, IServiceRestarter restarter, ApplyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(restarter);
        _host = host;
        _restarter = restarter;
        _options = options ?? new ApplyOptions();
    }

    /// <summary>Finishes or undoes the unfinished operation of the installation at <paramref name="installRoot"/>; null when there is none.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.RecoveryFailed"/> (the journal is kept), <see cref="ApplyException.JournalUnreadable"/>, <see cref="ApplyException.Busy"/>.</exception>
    public async Task<ApplyResult?> RecoverAsync(string installRoot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(installRoot);
        var state = new StateFolder(installRoot);
        var store = new JournalStore(_host, state, _options.JournalWritten);
        if (!store.Exists)
        {
            return null; // nothing was ever started here: touch nothing (not even the lock)
        }

        using var gate = InstallationLock.Acquire(_host, state);
        store.RemoveLeftovers();
        var journal = store.Read();
        if (journal is null || journal.Completed)
        {
            return null;
        }

        var runner = new JournalRunner(_host, _restarter, store);
        try
        {
            runner.RemoveStrayTemporaries(journal);
            if (journal.Operation == ApplyJournal.RollbackOperation && journal.Reached(ApplySteps.Undo))
            {
                // A rollback that failed midway was being undone: finish putting the patched copies back.
                journal = await runner.UndoRollbackAsync(journal, "undo of a failed rollback finished after an interruption", cancellationToken).ConfigureAwait(false);
                return new ApplyResult(ApplyOutcome.RollbackUndone, journal.Id, installRoot, journal.BackupFolder,
                    $"The interrupted undo of the failed rollback {journal.Id} on {installRoot} was finished: every file is the patched one again.{JournalRunner.Unstarted(journal)}",
                    journal.UnstartedServices);
            }

            if (journal.Operation == ApplyJournal.RollbackOperation)
            {
                journal = store.Append(journal, ApplySteps.Finish);
                journal = runner.RestoreOriginals(journal);
                journal = await runner.StartServicesAsync(journal, cancellationToken, tolerateFailures: true).ConfigureAwait(false);
                journal = runner.Complete(journal, ApplyJournal.RolledBack, "rollback finished after an interruption");
                return new ApplyResult(ApplyOutcome.RolledBack, journal.Id, installRoot, journal.BackupFolder,
                    $"The interrupted rollback {journal.Id} on {installRoot} was finished: every file is original again.{JournalRunner.Unstarted(journal)}",
                    journal.UnstartedServices);
            }

            if (journal.Reached(ApplySteps.Swap) && journal.Files.All(file => FileHash.Same(FileHash.Of(runner.Local(file.Target)), file.NewSha256)))
            {
                journal = store.Append(journal, ApplySteps.Finish);
                try
                {
                    journal = await runner.StartServicesAsync(journal, cancellationToken).ConfigureAwait(false);
                }
                catch (ApplyException failure) when (failure.Code == ApplyException.ServiceControlFailed)
                {
                    // As apply itself would: a patched service that does not start means undo.
                    journal = await runner.UndoAsync(store.Read()!, $"apply undone after an interruption: {failure.Message}", cancellationToken).ConfigureAwait(false);
                    return Undone(journal, installRoot);
                }

                runner.Complete(journal, ApplyJournal.Applied, "apply finished after an interruption: the swap had completed");
                return new ApplyResult(ApplyOutcome.Finished, journal.Id, installRoot, journal.BackupFolder,
                    $"The interrupted apply {journal.Id} ({journal.PackageId} {journal.PackageVersion}) on {installRoot} had swapped every file: it was finished.");
            }

            journal = await runner.UndoAsync(journal, "apply undone after an interruption: the swap had not completed", cancellationToken).ConfigureAwait(false);
            return Undone(journal, installRoot);
        }
        catch (Exception failure) when (HotfixApplier.IsOperational(failure) && failure is not ApplyException { Code: ApplyException.Busy })
        {
            var what = $"The interrupted {journal.Operation} {journal.Id} on {installRoot} could not be finished or undone ({failure.Message}).{HotfixApplier.JournalSentence(runner)} The journal is kept: fix the cause and run Patcher again.";
            var stopped = await runner.StoppedAsync(runner.Latest ?? journal).ConfigureAwait(false);
            if (stopped.Count > 0)
            {
                throw ServicesLeftStopped.Report(_host, what, stopped, ServicesLeftStopped.OnMixedFiles, failure);
            }

            throw new ApplyException(ApplyException.RecoveryFailed, what, failure);
        }
    }

    private static ApplyResult Undone(ApplyJournal journal, string installRoot) =>
        new(ApplyOutcome.Undone, journal.Id, installRoot, journal.BackupFolder,
            $"The interrupted apply {journal.Id} ({journal.PackageId} {journal.PackageVersion}) on {installRoot} was undone: every file is original again.{JournalRunner.Unstarted(journal)}",
            journal.UnstartedServices);
}
