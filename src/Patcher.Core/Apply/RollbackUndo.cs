using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Apply;

/// <summary>
/// What a rollback that failed midway does about it (issue 12): puts back the patched copies of what it already restored,
/// so the host is consistently patched again, starts what it stopped, and says so in one line with event 1060 (or, when
/// services stay stopped, <see cref="ApplyException.ServicesLeftStopped"/> with event 1061).
/// </summary>
internal sealed class RollbackUndo(HostPlatform host, JournalRunner runner)
{
    /// <summary>Undoes the rollback <paramref name="journal"/>, which failed with <paramref name="failure"/>.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.ServicesLeftStopped"/>, <see cref="ApplyException.RecoveryFailed"/>.</exception>
    public async Task<ApplyResult> UndoAsync(ApplyJournal journal, string installRoot, Exception failure)
    {
        var what = $"Rolling back {journal.RollsBack} on {installRoot} failed at {runner.LastStep}: {failure.Message}";
        try
        {
            // Not cancellable: once started, the undo must run to the end.
            journal = await runner.UndoRollbackAsync(journal, $"rollback failed at {runner.LastStep}: {failure.Message}", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception undoFailure) when (HotfixApplier.IsOperational(undoFailure))
        {
            var latest = runner.Latest ?? journal;
            var stopped = await runner.StoppedAsync(latest).ConfigureAwait(false);
            var undone = $"{what}. Putting the patched files back failed too ({undoFailure.Message}).{JournalSentence()} The journal is kept: fix the cause and run patcher rollback again to finish it.";
            if (stopped.Count > 0)
            {
                throw ServicesLeftStopped.Report(host, undone, stopped, ServicesLeftStopped.OnMixedFiles, new AggregateException(failure, undoFailure));
            }

            throw new ApplyException(ApplyException.RecoveryFailed, undone, new AggregateException(failure, undoFailure));
        }

        var running = JournalRunner.RunningBefore(journal).Except(journal.UnstartedServices, StringComparer.OrdinalIgnoreCase).ToArray();
        var message = $"{what}. It was undone: every file is the patched one again (nothing was rolled back)"
            + (running.Length == 0 ? "" : $", and {string.Join(", ", running)} run again")
            + (journal.UnstartedServices.Count == 0 ? "." : $", but {runner.WhyUnstarted(journal)}.")
            + JournalSentence()
            + " Fix the cause, then run patcher rollback again.";
        if (journal.UnstartedServices.Count > 0)
        {
            throw ServicesLeftStopped.Report(host, $"{what}. It was undone: every file is the patched one again (nothing was rolled back).{JournalSentence()}",
                journal.UnstartedServices, $"{runner.WhyUnstarted(journal)}. Start them by hand once the cause is fixed.", failure);
        }

        ApplyEvents.Write(host, runner.JournalFailure is null ? HostReportEvents.RollbackUndone : HostReportEvents.JournalNotWritten,
            runner.JournalFailure is null ? EventLevel.Warning : EventLevel.Error, message);
        return new ApplyResult(ApplyOutcome.RollbackUndone, journal.Id, installRoot, journal.BackupFolder, message, journal.UnstartedServices);
    }

    private string JournalSentence() => HotfixApplier.JournalSentence(runner);
}
