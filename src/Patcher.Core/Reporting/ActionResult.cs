namespace Patcher.Core.Reporting;

/// <summary>How one action of a run ended.</summary>
public enum ActionResult
{
    /// <summary><c>succeeded</c>: it did what it set out to do.</summary>
    Succeeded,

    /// <summary><c>failed</c>: it did not; the detail says why.</summary>
    Failed,

    /// <summary><c>skipped</c>: it was not needed (e.g. nothing to stop).</summary>
    Skipped,
}
