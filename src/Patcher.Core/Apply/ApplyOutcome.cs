namespace Patcher.Core.Apply;

/// <summary>What an apply, a rollback or a recovery did.</summary>
public enum ApplyOutcome
{
    /// <summary>The package was applied: every target is the payload, services are as they were.</summary>
    Applied,

    /// <summary>Every target already was the payload: nothing was changed.</summary>
    NothingToDo,

    /// <summary>The last apply was rolled back: every target is its original again.</summary>
    RolledBack,

    /// <summary>An interrupted apply whose swap had completed was finished: every target is the payload.</summary>
    Finished,

    /// <summary>An interrupted (or failed) apply was undone: every target is its original.</summary>
    Undone,

    /// <summary>A rollback failed midway and was undone: every target is the payload again (nothing was rolled back).</summary>
    RollbackUndone,
}
