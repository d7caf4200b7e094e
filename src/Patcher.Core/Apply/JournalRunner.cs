using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// The steps apply, rollback and recovery share, each journaled before it is done: stopping and starting the recorded
/// services, restoring files from the backup, completing. Every one is idempotent, so a run that was killed halfway
/// through can simply be done again.
/// </summary>
internal sealed class JournalRunner
{
    private readonly HostPlatform _host;
    private readonly IServiceRestarter _restarter;
    private readonly JournalStore _store;

    public JournalRunner(HostPlatform host, IServiceRestarter restarter, JournalStore store)
    {
        _host = host;
        _restarter = restarter;
        _store = store;
    }

    public JournalStore Store => _store;

    /// <summary>The local path of <paramref name="hostPath"/>.</summary>
    public string Local(string hostPath) => _host.Files.ToLocalPath(hostPath);

    /// <summary>
    /// Records each service's state (once no longer pending), then writes the journal with them. A stopped service in
    /// <paramref name="runningBefore"/> (one an earlier undo could not start again) is recorded as running.
    /// </summary>
    public async Task<ApplyJournal> RecordServicesAsync(ApplyJournal journal, IReadOnlyCollection<string> runningBefore, CancellationToken cancellationToken)
    {
        journal = _store.Append(journal, ApplySteps.RecordServices);
        var recorded = new List<JournalService>();
        foreach (var service in journal.Services)
        {
            var state = await _restarter.SettledStateAsync(service.Name, cancellationToken).ConfigureAwait(false);
            if (state == ServiceState.Stopped && runningBefore.Contains(service.Name, StringComparer.OrdinalIgnoreCase))
            {
                state = ServiceState.Running;
            }

            recorded.Add(service with { StateBefore = state.ToString() });
        }

        journal = journal with { Services = recorded };
        _store.Write(journal);
        return journal;
    }

    /// <summary>Stops the recorded services in stop order (dependents first, the MTA last).</summary>
    public async Task<ApplyJournal> StopServicesAsync(ApplyJournal journal, CancellationToken cancellationToken)
    {
        for (var i = 0; i < journal.Services.Count; i++)
        {
            var service = journal.Services[i];
            journal = _store.Append(journal, ApplySteps.StopService, i + 1, service.Name);
            await _restarter.StopAsync(service.Name, cancellationToken).ConfigureAwait(false);
        }

        return journal;
    }

    /// <summary>
    /// Starts, in start order, the services that were running when recorded (and only those). With
    /// <paramref name="tolerateFailures"/> (undo, rollback: the files are already consistent) a service that does not
    /// start is listed in <see cref="ApplyJournal.UnstartedServices"/> and the others are still tried; otherwise it throws.
    /// </summary>
    public async Task<ApplyJournal> StartServicesAsync(ApplyJournal journal, CancellationToken cancellationToken, bool tolerateFailures = false)
    {
        var startOrder = journal.Services.Reverse().Where(WasRunning).ToArray();
        var unstarted = new List<string>();
        for (var i = 0; i < startOrder.Length; i++)
        {
            journal = _store.Append(journal, ApplySteps.StartService, i + 1, startOrder[i].Name);
            try
            {
                await _restarter.StartAsync(startOrder[i].Name, cancellationToken).ConfigureAwait(false);
            }
            catch (ApplyException exception) when (tolerateFailures && exception.Code == ApplyException.ServiceControlFailed)
            {
                unstarted.Add(startOrder[i].Name);
            }
        }

        return journal with { UnstartedServices = unstarted };
    }

    /// <summary>
    /// Restores every file whose content is not its original from the backup (hash-checked before it replaces the
    /// target); a file that did not exist before is removed. Files already original are left alone.
    /// </summary>
    public ApplyJournal RestoreOriginals(ApplyJournal journal)
    {
        for (var i = 0; i < journal.Files.Count; i++)
        {
            var file = journal.Files[i];
            var target = Local(file.Target);
            if (FileHash.Same(FileHash.Of(target), file.OriginalSha256))
            {
                continue;
            }

            journal = _store.Append(journal, ApplySteps.Restore, i + 1, file.Target);
            if (file.OriginalSha256 is null)
            {
                File.Delete(target);
                continue;
            }

            var backup = Local(file.Backup);
            if (!File.Exists(backup))
            {
                throw new ApplyException(ApplyException.HashMismatch, $"The backup {file.Backup} of {file.Target} is missing: restore the file from the installation media.");
            }

            DurableFile.CopyVerified(backup, target, file.OriginalSha256, $"The backup {file.Backup} of {file.Target}");
        }

        return journal;
    }

    /// <summary>Removes temporary files a killed run may have left beside the targets (<c>.NAME.GUID.tmp</c>).</summary>
    public void RemoveStrayTemporaries(ApplyJournal journal)
    {
        foreach (var target in journal.Files.Select(file => Local(file.Target)))
        {
            var folder = Path.GetDirectoryName(target)!;
            if (Directory.Exists(folder))
            {
                foreach (var stray in Directory.EnumerateFiles(folder, $".{Path.GetFileName(target)}.*.tmp"))
                {
                    File.Delete(stray);
                }
            }
        }
    }

    /// <summary>Writes the completed journal (a copy first beside the backups, for the record), then removes the staging folder.</summary>
    public ApplyJournal Complete(ApplyJournal journal, string outcome, string? note)
    {
        journal = journal with
        {
            Steps = [.. journal.Steps, new JournalStep(ApplySteps.Complete, null, null, _host.Time.GetUtcNow())],
            Completed = true,
            Outcome = outcome,
            CompletedUtc = _host.Time.GetUtcNow(),
            Note = note,
        };
        var backupFolder = Local(journal.BackupFolder);
        if (Directory.Exists(backupFolder))
        {
            DurableFile.Write(Path.Combine(backupFolder, $"{journal.Operation}.journal.json"), JournalStore.Serialize(journal));
        }

        _store.Write(journal);
        _store.Notify(ApplySteps.Complete, null);
        var staging = Local(journal.StagingFolder);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        return journal;
    }

    /// <summary>Undoes an apply: originals back, services that were running started again, journal completed as rolled back.</summary>
    public async Task<ApplyJournal> UndoAsync(ApplyJournal journal, string note, CancellationToken cancellationToken)
    {
        journal = _store.Append(journal, ApplySteps.Undo);
        RemoveStrayTemporaries(journal);
        journal = RestoreOriginals(journal);
        journal = await StartServicesAsync(journal, cancellationToken, tolerateFailures: true).ConfigureAwait(false);
        return Complete(journal, ApplyJournal.RolledBack, note);
    }

    /// <summary>
    /// After an operation failed midway: a sentence naming the services it recorded as running before that are not
    /// running now (and why Patcher leaves them so: the files may be mixed), or empty. Never throws: it is what the
    /// operator reads when everything else failed.
    /// </summary>
    public async Task<string> LeftStoppedAsync(ApplyJournal journal)
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

        return stopped.Count == 0
            ? ""
            : $" Services left stopped: {string.Join(", ", stopped)}. Patcher does not start them on files that may be mixed: finish the operation (patcher rollback), or start them by hand once the files are consistent.";
    }

    /// <summary>A sentence about services that could not be started, or empty.</summary>
    public static string Unstarted(ApplyJournal journal) => journal.UnstartedServices.Count == 0
        ? ""
        : $" Could not start {string.Join(", ", journal.UnstartedServices)} again (the unpatched MTA may die with 1067 on a queued poison message, KB Q248732): they count as running before for the next apply.";

    /// <summary>Whether the journal recorded <paramref name="service"/> as running before.</summary>
    public static bool WasRunning(JournalService service) =>
        Enum.TryParse<ServiceState>(service.StateBefore, out var state) && new PlannedService(service.Name, state).WasRunning;
}
