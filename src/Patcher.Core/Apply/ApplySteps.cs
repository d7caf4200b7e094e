namespace Patcher.Core.Apply;

/// <summary>
/// The names of the journal's steps. Each is written (and flushed) to the journal before the step is done; steps done per
/// file or per service are written once per item, numbered from 1 in the order they are done.
/// </summary>
public static class ApplySteps
{
    /// <summary>Apply and rollback: the journal is created; the targets are checked against the plan (rollback: the backups against their hashes).</summary>
    public const string Verify = "verify";

    /// <summary>Apply, per file: the payload is copied to the staging folder and its hash checked.</summary>
    public const string Stage = "stage";

    /// <summary>Apply and rollback: the services' states are read and recorded.</summary>
    public const string RecordServices = "record-services";

    /// <summary>Apply and rollback, per service in stop order: the service is stopped and waited for.</summary>
    public const string StopService = "stop-service";

    /// <summary>
    /// Rollback, per file not original: the patched target is copied (hash-checked) to the rollback's staging folder, so a
    /// rollback that fails midway can put it back.
    /// </summary>
    public const string Keep = "keep";

    /// <summary>Apply, per replaced file, before any service stops: the file is copied to the backup folder and its hash checked.</summary>
    public const string Backup = "backup";

    /// <summary>
    /// Apply, once, after the stops and the check that every target still has its backed-up hash: each staged file is
    /// renamed over its target. One entry for all the renames: the MTA is down while it is written (issue 13), and
    /// recovery needs only to know that a target may have changed.
    /// </summary>
    public const string Swap = "swap";

    /// <summary>Rollback, and undo of an apply, per file: the backup is copied over the target and its hash checked.</summary>
    public const string Restore = "restore";

    /// <summary>Apply and rollback, per service in start order: the service is started and waited for.</summary>
    public const string StartService = "start-service";

    /// <summary>Undo of a rollback that failed midway, per file it restored: the kept patched copy is copied back (hash-checked).</summary>
    public const string Reapply = "reapply";

    /// <summary>Undo of an interrupted or failed apply (or of a rollback that failed midway) begins.</summary>
    public const string Undo = "undo";

    /// <summary>An interrupted apply whose swap had completed is finished.</summary>
    public const string Finish = "finish";

    /// <summary>The operation is complete: written last.</summary>
    public const string Complete = "complete";

    /// <summary>The steps of an apply, in order.</summary>
    public static IReadOnlyList<string> Apply { get; } = [Verify, Stage, Backup, RecordServices, StopService, Swap, StartService, Complete];

    /// <summary>The steps of a rollback, in order.</summary>
    public static IReadOnlyList<string> Rollback { get; } = [Verify, Keep, RecordServices, StopService, Restore, StartService, Complete];
}
