namespace Patcher.Core.Verification;

/// <summary>Whether an MTA is proven recovered after a restart (ARCHITECTURE.md, Verify).</summary>
public enum RecoveryVerdict
{
    /// <summary><c>recovered</c>: every check held.</summary>
    Recovered,

    /// <summary><c>not-recovered</c>: at least one check failed; the checks say which.</summary>
    NotRecovered,

    /// <summary><c>unknown</c>: no check failed, but at least one could not be observed (SCM refused, queue unreadable).</summary>
    Unknown,
}
