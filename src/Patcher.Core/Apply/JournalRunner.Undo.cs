using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// The undo paths: an apply's (originals back) and a failed rollback's (patched copies back). Both go on when the journal
/// cannot be written (a full disk): restoring and starting are idempotent, and the journal on disk, unfinished, makes the
/// next run do them again and complete it.
/// </summary>
internal sealed partial class JournalRunner
{
    /// <summary>Undoes an apply: originals back (once it has swapped), services that were running started again, journal completed as rolled back.</summary>
    public async Task<ApplyJournal> UndoAsync(ApplyJournal journal, string note, CancellationToken cancellationToken)
    {
        _undoing = true;
        journal = Step(journal, ApplySteps.Undo);
        RemoveStrayTemporaries(journal);

        // Before its swap an apply has replaced no target: one that differs from its backup now was changed by someone
        // else (the check after the stop found it), and is theirs, not ours to overwrite.
        if (journal.Reached(ApplySteps.Swap))
        {
            journal = RestoreOriginals(journal);
        }

        journal = await StartServicesAsync(journal, cancellationToken, tolerateFailures: true).ConfigureAwait(false);
        return Complete(journal, ApplyJournal.RolledBack, note);
    }

    /// <summary>
    /// Undoes a rollback that failed midway: every target it restored gets its kept patched copy back (hash-checked), the
    /// services that were running are started again, and the journal is completed as <see cref="ApplyJournal.RollbackUndone"/>.
    /// </summary>
    public async Task<ApplyJournal> UndoRollbackAsync(ApplyJournal journal, string note, CancellationToken cancellationToken)
    {
        _undoing = true;
        journal = Step(journal, ApplySteps.Undo);
        RemoveStrayTemporaries(journal);
        for (var i = 0; i < journal.Files.Count; i++)
        {
            var file = journal.Files[i];
            var kept = Local(file.Staged);

            // No kept copy: the rollback never got to keep it, so it never restored it either.
            if (FileHash.Same(FileHash.Of(Local(file.Target)), file.NewSha256) || !File.Exists(kept))
            {
                continue;
            }

            journal = Step(journal, ApplySteps.Reapply, i + 1, file.Target);
            DurableFile.CopyVerified(kept, Local(file.Target), file.NewSha256, $"The patched copy {file.Staged} of {file.Target}");
        }

        journal = await StartServicesAsync(journal, cancellationToken, tolerateFailures: true).ConfigureAwait(false);
        return Complete(journal, ApplyJournal.RollbackUndone, note);
    }

    /// <summary>
    /// The services <paramref name="journal"/> recorded as running that are not running now. Never throws: it is what the
    /// operator reads when everything else failed (a service whose state cannot be read counts as stopped).
    /// </summary>
    public async Task<IReadOnlyList<string>> StoppedAsync(ApplyJournal journal)
    {
        var stopped = new List<string>();
        foreach (var service in journal.Services.Where(WasRunning))
        {
            try
            {
                if (await _restarter.SettledStateAsync(service.Name, CancellationToken.None).ConfigureAwait(false) != ServiceState.Running)
                {
                    stopped.Add(service.Name);
                }
            }
#pragma warning disable CA1031 // The last word on a failed operation: a service whose state cannot be read counts as stopped.
            catch (Exception)
#pragma warning restore CA1031
            {
                stopped.Add($"{service.Name} (state unknown)");
            }
        }

        return stopped;
    }

    /// <summary>The services that were running before and why each did not start again, as one clause; empty when all did.</summary>
    public string WhyUnstarted(ApplyJournal journal) => string.Join("; ", journal.UnstartedServices.Select(name =>
        StartFailures.TryGetValue(name, out var why) ? $"{name} did not start ({why})" : $"{name} did not start"));

    /// <summary>The services recorded as running before, in start order.</summary>
    public static IReadOnlyList<string> RunningBefore(ApplyJournal journal) => journal.Services.Reverse().Where(WasRunning).Select(s => s.Name).ToArray();
}
