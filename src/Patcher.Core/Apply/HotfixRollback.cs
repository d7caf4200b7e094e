using System.Globalization;
using Patcher.Core.Discovery;
using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// Rolls back the last completed apply of an installation: verify every backup against its hash (before anything is
/// written), then with the same journal discipline as apply record the services, stop them, restore each replaced file
/// from its backup (hash-checked), start the services that were running, complete. The patched targets are kept first, so
/// a rollback that fails midway puts them back and starts the services again (<see cref="RollbackUndo"/>).
/// </summary>
public sealed class HotfixRollback
{
    private readonly HostPlatform _host;
    private readonly IServiceRestarter _restarter;
    private readonly ApplyOptions _options;

    /// <summary>Rolls back on <paramref name="host"/>, controlling services through <paramref name="restarter"/>.</summary>
    public HotfixRollback(HostPlatform host, IServiceRestarter restarter, ApplyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(restarter);
        _host = host;
        _restarter = restarter;
        _options = options ?? new ApplyOptions();
    }

    /// <summary>Rolls back the last completed apply of the installation at <paramref name="installRoot"/>.</summary>
    /// <exception cref="ApplyException">
    /// <see cref="ApplyException.NothingToRollBack"/>: no completed apply (nothing is touched);
    /// <see cref="ApplyException.HashMismatch"/>: a backup is missing or damaged (nothing is touched);
    /// <see cref="ApplyException.ServicesLeftStopped"/> or <see cref="ApplyException.RecoveryFailed"/>: it failed midway and
    /// undoing that failed too; the journal is kept and the next run finishes it. A rollback that fails midway and is undone
    /// is an outcome: <see cref="ApplyOutcome.RollbackUndone"/>.
    /// </exception>
    public async Task<ApplyResult> RollBackAsync(string installRoot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(installRoot);
        var state = new StateFolder(installRoot);
        var store = new JournalStore(_host, state, _options.JournalWritten);
        if (!store.Exists)
        {
            throw NothingToRollBack(installRoot, "Patcher has not applied anything here");
        }

        using var gate = InstallationLock.Acquire(_host, state);
        store.RemoveLeftovers();
        var last = store.Read()!;
        if (!last.Completed)
        {
            throw new ApplyException(ApplyException.RecoveryFailed, $"The {last.Operation} {last.Id} on {installRoot} is unfinished: run patcher rollback again so it is finished or undone first.");
        }

        var rollsBack = last.Operation == ApplyJournal.RollbackOperation ? last.RollsBack : last.Id;
        if (!(last.Operation == ApplyJournal.ApplyOperation && last.Outcome == ApplyJournal.Applied)
            && !(last.Operation == ApplyJournal.RollbackOperation && last.Outcome == ApplyJournal.RollbackUndone && rollsBack is not null))
        {
            throw NothingToRollBack(installRoot, $"the last operation, {last.Operation} {last.Id}, ended {last.Outcome}");
        }

        var runner = new JournalRunner(_host, _restarter, store);
        VerifyBackups(last, runner);
        var id = "rollback-" + rollsBack;
        var staging = state.Staging(id);
        var journal = last with
        {
            Operation = ApplyJournal.RollbackOperation,
            Id = id,
            RollsBack = rollsBack,
            StartedUtc = _host.Time.GetUtcNow(),
            StagingFolder = staging,

            // Where the patched targets are kept while the rollback runs (removed when it completes).
            Files = last.Files.Select((file, i) => file with { Staged = $"{staging}\\{i + 1}-{HostPath.FileName(file.Target)}" }).ToArray(),
            Services = last.Services.Select(service => service with { StateBefore = null }).ToArray(),
            Steps = [],
            Completed = false,
            Outcome = null,
            CompletedUtc = null,
            Note = null,
            UnstartedServices = [],
        };
        try
        {
            journal = store.Append(journal, ApplySteps.Verify);
            journal = runner.KeepPatched(journal);
            journal = await runner.RecordServicesAsync(journal, last.UnstartedServices, cancellationToken).ConfigureAwait(false);
            journal = await runner.StopServicesAsync(journal, cancellationToken).ConfigureAwait(false);
            journal = runner.RestoreOriginals(journal);
            journal = await runner.StartServicesAsync(journal, cancellationToken, tolerateFailures: true).ConfigureAwait(false);
            journal = runner.Complete(journal, ApplyJournal.RolledBack, null);
        }
        catch (Exception failure) when (HotfixApplier.IsOperational(failure))
        {
            return await new RollbackUndo(_host, runner).UndoAsync(runner.Latest ?? journal, installRoot, failure).ConfigureAwait(false);
        }

        return new ApplyResult(ApplyOutcome.RolledBack, journal.Id, installRoot, journal.BackupFolder, string.Create(CultureInfo.InvariantCulture,
            $"{last.PackageId} {last.PackageVersion} ({rollsBack}) rolled back on {installRoot}: {journal.Files.Count} file(s) restored from {journal.BackupFolder}, which is kept.{JournalRunner.Unstarted(journal)}"),
            journal.UnstartedServices);
    }

    private static void VerifyBackups(ApplyJournal journal, JournalRunner runner)
    {
        foreach (var file in journal.Files.Where(file => file.OriginalSha256 is not null))
        {
            var actual = FileHash.Of(runner.Local(file.Backup));
            if (!FileHash.Same(actual, file.OriginalSha256))
            {
                throw new ApplyException(
                    ApplyException.HashMismatch,
                    $"The backup {file.Backup} of {file.Target} is {(actual is null ? "missing" : $"damaged (SHA-256 {actual}, expected {file.OriginalSha256})")}: nothing was rolled back; restore the file from the installation media.");
            }
        }
    }

    private static ApplyException NothingToRollBack(string installRoot, string why) =>
        new(ApplyException.NothingToRollBack, $"There is no completed apply to roll back on {installRoot}: {why}.");
}
