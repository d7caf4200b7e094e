namespace Patcher.Core.Apply;

/// <summary>What an operation did, for the operator and the report.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="OperationId">The journal's id, e.g. <c>Q248732-20000214T090000Z</c>; null when nothing was done.</param>
/// <param name="InstallRoot">The installation.</param>
/// <param name="BackupFolder">Where the replaced files are kept (host path); null when nothing was replaced.</param>
/// <param name="Message">One sentence for the operator.</param>
/// <param name="UnstartedServices">Services that were running before but could not be started again (undo, rollback).</param>
public sealed record ApplyResult(
    ApplyOutcome Outcome,
    string? OperationId,
    string InstallRoot,
    string? BackupFolder,
    string Message,
    IReadOnlyList<string>? UnstartedServices = null);
