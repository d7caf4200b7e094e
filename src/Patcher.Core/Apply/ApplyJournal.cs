namespace Patcher.Core.Apply;

/// <summary>
/// The journal of one apply or rollback (<c>&lt;root&gt;\Patcher\journal.json</c>, format in <c>Apply/README.md</c>):
/// everything the next run needs to finish or undo it without the package, written and flushed before every step.
/// <see cref="Completed"/> is set by the last write.
/// </summary>
internal sealed record ApplyJournal
{
    /// <summary>The format of this document.</summary>
    public const int CurrentFormat = 1;

    /// <summary>An apply.</summary>
    public const string ApplyOperation = "apply";

    /// <summary>A rollback.</summary>
    public const string RollbackOperation = "rollback";

    /// <summary>The outcome of an apply that completed.</summary>
    public const string Applied = "applied";

    /// <summary>The outcome of a rollback, or of an apply that was undone.</summary>
    public const string RolledBack = "rolled-back";

    /// <summary>The outcome of a rollback that failed midway and was undone: every target is the payload again.</summary>
    public const string RollbackUndone = "rollback-undone";

    public int Format { get; init; } = CurrentFormat;

    public required string Operation { get; init; }

    public required string Id { get; init; }

    public required string Kb { get; init; }

    public required string PackageId { get; init; }

    public required string PackageVersion { get; init; }

    public required string PackageSha256 { get; init; }

    public required string InstallRoot { get; init; }

    public required string DatabasePath { get; init; }

    public required string StagingFolder { get; init; }

    public required string BackupFolder { get; init; }

    /// <summary>For a rollback: the id of the apply it rolls back.</summary>
    public string? RollsBack { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required IReadOnlyList<JournalFile> Files { get; init; }

    public required IReadOnlyList<JournalService> Services { get; init; }

    public IReadOnlyList<JournalStep> Steps { get; init; } = [];

    public bool Completed { get; init; }

    public string? Outcome { get; init; }

    public DateTimeOffset? CompletedUtc { get; init; }

    /// <summary>
    /// Services that were running before but could not be started again after an undo or a rollback (e.g. the unpatched MTA
    /// dying with 1067 on a poison message still queued, KB Q248732). The next apply counts them as running before.
    /// </summary>
    public IReadOnlyList<string> UnstartedServices { get; init; } = [];

    /// <summary>Why an apply was undone, or what recovery did.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the services' states were recorded.</summary>
    public bool ServicesRecorded => Services.All(s => s.StateBefore is not null);

    /// <summary>Whether any step named <paramref name="step"/> was written.</summary>
    public bool Reached(string step) => Steps.Any(s => s.Step == step);
}
