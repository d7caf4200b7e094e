namespace Patcher.Core.Apply;

/// <summary>Options of apply, rollback and recovery.</summary>
public sealed record ApplyOptions
{
    /// <summary>
    /// Called right after each step is written (and flushed) to the journal, with the step's name and item: the fault
    /// injection hook of the crash tests (<c>PATCHER_FAULT_KILL_AT</c>). Null in production.
    /// </summary>
    public Action<string, int?>? JournalWritten { get; init; }

    /// <summary>
    /// Whether a payload file older than the file it replaces may be installed (false by default: refused with
    /// <see cref="ApplyException.Downgrade"/>). The agent setting <c>AllowDowngrade</c>.
    /// </summary>
    public bool AllowDowngrade { get; init; }

    /// <summary>
    /// Whether a package marked <c>labOnly</c> (stand-in binaries) may be applied (false by default: refused with
    /// <see cref="ApplyException.LabOnlyPackage"/>). Only the lab sets it.
    /// </summary>
    public bool AcceptLabOnlyPackages { get; init; }
}
