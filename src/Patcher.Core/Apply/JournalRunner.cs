using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// The steps apply, rollback and recovery share, each journaled before it is done: stopping and starting the recorded
/// services, restoring files from the backup, completing. Every one is idempotent, so a run that was killed halfway
/// through can simply be done again. The undo paths (<c>JournalRunner.Undo.cs</c>) go on when the journal cannot be
/// written: what they do is idempotent too, and the journal on disk still says what the next run must finish.
/// </summary>
internal sealed partial class JournalRunner
{
    private readonly HostPlatform _host;
    private readonly IServiceRestarter _restarter;
    private readonly JournalStore _store;
    private bool _undoing;

    public JournalRunner(HostPlatform host, IServiceRestarter restarter, JournalStore store)
    {
        _host = host;
        _restarter = restarter;
        _store = store;
    }

    public JournalStore Store => _store;

    /// <summary>The journal as last stepped through this runner (written or, in an undo, at least meant to be).</summary>
    public ApplyJournal? Latest { get; private set; }

    /// <summary>The last step begun, with its item and subject: where a failure happened.</summary>
    public string? LastStep { get; private set; }

    /// <summary>Why a journal write failed while undoing (the undo went on without it), or null.</summary>
    public string? JournalFailure { get; private set; }

    /// <summary>Why each service that did not start again did not (undo, rollback).</summary>
    public Dictionary<string, string> StartFailures { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Journals <paramref name="step"/> before it is done; while undoing, a journal that cannot be written is noted, not fatal.</summary>
    public ApplyJournal Step(ApplyJournal journal, string step, int? item = null, string? subject = null)
    {
        LastStep = item is null ? step : $"{step}:{item} ({subject})";
        try
        {
            return Latest = _store.Append(journal, step, item, subject);
        }
        catch (Exception failure) when (_undoing && failure is IOException or UnauthorizedAccessException)
        {
            JournalFailure ??= failure.Message;
            return Latest = journal with { Steps = [.. journal.Steps, new JournalStep(step, item, subject, _host.Time.GetUtcNow())] };
        }
    }

    /// <summary>Records <paramref name="step"/> before it is done, to be written with the next step (see <see cref="StartServicesAsync"/>).</summary>
    private ApplyJournal StepWithNext(ApplyJournal journal, string step, int item, string subject)
    {
        LastStep = $"{step}:{item} ({subject})";
        return Latest = _store.AppendWithNext(journal, step, item, subject);
    }

    /// <summary>The local path of <paramref name="hostPath"/>.</summary>
    public string Local(string hostPath) => _host.Files.ToLocalPath(hostPath);

    /// <summary>
    /// Records each service's state (once no longer pending), then writes the journal with them. A stopped service in
    /// <paramref name="runningBefore"/> (one an earlier undo could not start again) is recorded as running.
    /// </summary>
    public async Task<ApplyJournal> RecordServicesAsync(ApplyJournal journal, IReadOnlyCollection<string> runningBefore, CancellationToken cancellationToken)
    {
        journal = Step(journal, ApplySteps.RecordServices);
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
        return Latest = journal;
    }

    /// <summary>Stops the recorded services in stop order (dependents first, the MTA last).</summary>
    public async Task<ApplyJournal> StopServicesAsync(ApplyJournal journal, CancellationToken cancellationToken)
    {
        for (var i = 0; i < journal.Services.Count; i++)
        {
            var service = journal.Services[i];
            journal = Step(journal, ApplySteps.StopService, i + 1, service.Name);
            await _restarter.StopAsync(service.Name, cancellationToken).ConfigureAwait(false);
        }

        return journal;
    }

    /// <summary>
    /// Starts, in start order, the services that were running when recorded (and only those). With
    /// <paramref name="tolerateFailures"/> (undo, rollback: the files are already consistent) a service that does not
    /// start is listed in <see cref="ApplyJournal.UnstartedServices"/> and the others are still tried; otherwise it throws.
    /// </summary>
    /// <remarks>
    /// The first start (the MTA's) is journaled with the next write rather than before it (<see cref="JournalStore.AppendWithNext"/>):
    /// the MTA is down until it is done, and a run killed before it finds the swap, the restores or the reapplies last
    /// in the journal, and starts the services in any case.
    /// </remarks>
    public async Task<ApplyJournal> StartServicesAsync(ApplyJournal journal, CancellationToken cancellationToken, bool tolerateFailures = false)
    {
        var startOrder = journal.Services.Reverse().Where(WasRunning).ToArray();
        var unstarted = new List<string>();
        for (var i = 0; i < startOrder.Length; i++)
        {
            journal = i == 0
                ? StepWithNext(journal, ApplySteps.StartService, i + 1, startOrder[i].Name)
                : Step(journal, ApplySteps.StartService, i + 1, startOrder[i].Name);
            try
            {
                await _restarter.StartAsync(startOrder[i].Name, cancellationToken).ConfigureAwait(false);
            }
            catch (ApplyException exception) when (tolerateFailures && exception.Code == ApplyException.ServiceControlFailed)
            {
                unstarted.Add(startOrder[i].Name);
                StartFailures[startOrder[i].Name] = exception.Message;
            }
        }

        return Latest = journal with { UnstartedServices = unstarted };
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

            journal = Step(journal, ApplySteps.Restore, i + 1, file.Target);
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

    /// <summary>
    /// Rollback, before anything is stopped: keeps a copy of every target that is not its original (it must be the
    /// payload: hash-checked) as the file's <see cref="JournalFile.Staged"/> copy, so a rollback that fails midway can put
    /// back what it already restored (<see cref="UndoRollbackAsync"/>).
    /// </summary>
    public ApplyJournal KeepPatched(ApplyJournal journal)
    {
        for (var i = 0; i < journal.Files.Count; i++)
        {
            var file = journal.Files[i];
            if (FileHash.Same(FileHash.Of(Local(file.Target)), file.OriginalSha256))
            {
                continue;
            }

            journal = Step(journal, ApplySteps.Keep, i + 1, file.Target);
            DurableFile.CopyVerified(Local(file.Target), Local(file.Staged), file.NewSha256, $"{file.Target} (kept before the rollback)");
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
        Latest = journal;
        try
        {
            var backupFolder = Local(journal.BackupFolder);
            if (Directory.Exists(backupFolder))
            {
                DurableFile.Write(Path.Combine(backupFolder, $"{journal.Operation}.journal.json"), JournalStore.Serialize(journal));
            }

            _store.Write(journal);
        }
        catch (Exception failure) when (_undoing && failure is IOException or UnauthorizedAccessException)
        {
            // The journal on disk stays unfinished and the next run finishes the undo: keep what it may need.
            JournalFailure ??= failure.Message;
            return journal;
        }

        _store.Notify(ApplySteps.Complete, null);
        var staging = Local(journal.StagingFolder);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        return journal;
    }

    /// <summary>A sentence about services that could not be started, or empty.</summary>
    public static string Unstarted(ApplyJournal journal) => journal.UnstartedServices.Count == 0
        ? ""
        : $" Could not start {string.Join(", ", journal.UnstartedServices)} again (the unpatched MTA may die with 1067 on a queued poison message, KB Q248732): they count as running before for the next apply.";

    /// <summary>Whether the journal recorded <paramref name="service"/> as running before.</summary>
    public static bool WasRunning(JournalService service) =>
        Enum.TryParse<ServiceState>(service.StateBefore, out var state) && new PlannedService(service.Name, state).WasRunning;
}
