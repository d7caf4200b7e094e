namespace Patcher.Core.Reporting;

/// <summary>
/// How a run ended on one host. Ordered by <see cref="HostOutcomeNames.Severity"/>, not by value; the names and the order
/// are documented in <c>Reporting/README.md</c>.
/// </summary>
public enum HostOutcome
{
    /// <summary>Nothing was needed: every MTA already carried the fix and was healthy.</summary>
    Compliant,

    /// <summary>The fix was applied and verification proved the MTA recovered.</summary>
    PatchedRecovered,

    /// <summary>The fix was applied and the MTA started, but recovery was not proven (verification skipped or inconclusive).</summary>
    PatchedNotVerified,

    /// <summary>Verification failed after the apply; the originals were restored and the MTA verified running on them.</summary>
    RolledBack,

    /// <summary>The apply, or the rollback after it, did not leave a running MTA: someone must look now.</summary>
    Failed,

    /// <summary>Scan-only run: an MTA lacks the fix (vulnerable or half-patched), and nothing was changed.</summary>
    Vulnerable,

    /// <summary>The MTA found is of another product or version than the fix applies to.</summary>
    NotApplicable,

    /// <summary>No MTA installation on the host.</summary>
    NoMta,

    /// <summary>The agent could not finish: the host's state is not known (unreadable files, refused SCM, bad package).</summary>
    Error,

    /// <summary>
    /// The MTA lacks the fix and apply would have run, but the host's rollout ring's gate on the report share is closed
    /// (or missing, or unreadable): nothing was changed; the next scheduled run tries again.
    /// </summary>
    Held,
}
