namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// Every point the agent journals while applying the Q248732 package (2 files, 3 services: IMC, DX, MTA), while
/// rolling it back and while undoing a rollback that failed: <c>PATCHER_FAULT_KILL_AT</c> values. <see cref="ApplyEndToEndTests"/> checks the lists against the
/// journal a real run writes, so a step added to apply without a crash test fails a test.
/// </summary>
internal static class ApplyKillPoints
{
    public static readonly string[] Apply =
    [
        "verify:1", "stage:1", "stage:2", "backup:1", "backup:2", "record-services:1", "stop-service:1", "stop-service:2",
        "stop-service:3", "swap:1", "start-service:1", "start-service:2", "start-service:3", "complete:1",
    ];

    public static readonly string[] Rollback =
    [
        "verify:1", "keep:1", "keep:2", "record-services:1", "stop-service:1", "stop-service:2", "stop-service:3",
        "restore:1", "restore:2", "start-service:1", "start-service:2", "start-service:3", "complete:1",
    ];

    /// <summary>Every point the undo of a rollback journals when its second restore fails (<c>PATCHER_FAULT_FAIL_AT=restore:2</c>).</summary>
    public static readonly string[] RollbackUndo =
    [
        "undo:1", "reapply:1", "start-service:1", "start-service:2", "start-service:3", "complete:1",
    ];

    /// <summary>The index in <see cref="Apply"/> of the first point at which the swap has completed (start-service:1), so recovery finishes instead of undoing.</summary>
    public const int FirstFinishingApplyPoint = 10;

    /// <summary>The journal's steps as <c>step:n</c>, numbered per step in order.</summary>
    public static string[] Numbered(IEnumerable<string> steps)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return steps.Select(step => $"{step}:{seen[step] = seen.GetValueOrDefault(step) + 1}").ToArray();
    }
}
