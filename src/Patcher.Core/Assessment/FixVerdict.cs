namespace Patcher.Core.Assessment;

/// <summary>Where an installation stands against a <see cref="FixBaseline"/>.</summary>
public enum FixVerdict
{
    /// <summary>Every fix file is below the hotfix minimum: the defect is there.</summary>
    Vulnerable,

    /// <summary>Every fix file is at or above the hotfix minimum, and at least one is below the baseline.</summary>
    FixedByHotfix,

    /// <summary>Every fix file is at or above the baseline (for Q248732, SP4 5.5.2653.23).</summary>
    MeetsBaseline,

    /// <summary>The fix files disagree: some carry the fix and some do not.</summary>
    HalfPatched,

    /// <summary>The files are of another product or version than the baseline applies to.</summary>
    NotApplicable,

    /// <summary>
    /// The files carry the fix, but the running MTA does not run them: it loaded another copy, or files that differ from
    /// the installed ones (issue 15). Only <c>check</c> gives it, from the running process's modules.
    /// </summary>
    FixNotRunning,

    /// <summary>A fix file is missing, malformed or unreadable, or the files belong to different products.</summary>
    Unknown,
}
