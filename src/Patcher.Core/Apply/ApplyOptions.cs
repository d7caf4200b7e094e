namespace Patcher.Core.Apply;

/// <summary>Options of apply, rollback and recovery.</summary>
public sealed record ApplyOptions
{
    /// <summary>
    /// Called right after each step is written (and flushed) to the journal, with the step's name and item: the fault
    /// injection hook of the crash tests (<c>PATCHER_FAULT_KILL_AT</c>). Null in production.
    /// </summary>
    public Action<string, int?>? JournalWritten { get; init; }
}
