namespace Patcher.Core.Reporting;

/// <summary>The stable kebab-case names of <see cref="HostOutcome"/> and their severity (worst wins).</summary>
public static class HostOutcomeNames
{
    /// <summary>Every outcome, worst first: the order <see cref="Severity"/> ranks them in.</summary>
    public static IReadOnlyList<HostOutcome> WorstFirst { get; } =
    [
        HostOutcome.Failed,
        HostOutcome.Error,
        HostOutcome.RolledBack,
        HostOutcome.Vulnerable,
        HostOutcome.Held,
        HostOutcome.PatchedNotVerified,
        HostOutcome.PatchedRecovered,
        HostOutcome.Compliant,
        HostOutcome.NotApplicable,
        HostOutcome.NoMta,
    ];

    /// <summary>
    /// <c>compliant</c>, <c>patched-recovered</c>, <c>patched-not-verified</c>, <c>rolled-back</c>, <c>failed</c>,
    /// <c>vulnerable</c>, <c>held</c>, <c>not-applicable</c>, <c>no-mta</c> or <c>error</c>.
    /// </summary>
    public static string ToName(this HostOutcome outcome) => outcome switch
    {
        HostOutcome.Compliant => "compliant",
        HostOutcome.PatchedRecovered => "patched-recovered",
        HostOutcome.PatchedNotVerified => "patched-not-verified",
        HostOutcome.RolledBack => "rolled-back",
        HostOutcome.Failed => "failed",
        HostOutcome.Vulnerable => "vulnerable",
        HostOutcome.NotApplicable => "not-applicable",
        HostOutcome.NoMta => "no-mta",
        HostOutcome.Error => "error",
        HostOutcome.Held => "held",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>How bad it is: 0 (<c>no-mta</c>) to 9 (<c>failed</c>); the worse of two outcomes has the higher severity.</summary>
    public static int Severity(this HostOutcome outcome)
    {
        var index = IndexOf(outcome);
        return index < 0 ? throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null) : WorstFirst.Count - 1 - index;
    }

    /// <summary>
    /// Whether the host needs an operator: <c>failed</c>, <c>error</c>, <c>rolled-back</c>, <c>vulnerable</c>,
    /// <c>held</c> (still without the fix) and <c>patched-not-verified</c> do; <c>patched-recovered</c>, <c>compliant</c>, <c>not-applicable</c> and <c>no-mta</c> do not.
    /// </summary>
    public static bool NeedsAttention(this HostOutcome outcome) => outcome.Severity() >= HostOutcome.PatchedNotVerified.Severity();

    /// <summary>Whether the host counts as compliant: the fix is in place and the MTA proven healthy.</summary>
    public static bool IsCompliant(this HostOutcome outcome) => outcome is HostOutcome.Compliant or HostOutcome.PatchedRecovered;

    /// <summary>Whether the fix applies to the host at all (it has an MTA of the product and version the fix is for).</summary>
    public static bool FixApplies(this HostOutcome outcome) => outcome is not (HostOutcome.NotApplicable or HostOutcome.NoMta);

    /// <summary>The worst of <paramref name="outcomes"/>; null when there are none.</summary>
    public static HostOutcome? Worst(IEnumerable<HostOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes.Select(o => (HostOutcome?)o).MaxBy(o => o!.Value.Severity());
    }

    /// <summary>Parses a name written by <see cref="ToName"/>.</summary>
    public static bool TryParse(string? name, out HostOutcome outcome)
    {
        foreach (var candidate in WorstFirst)
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.Ordinal))
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = default;
        return false;
    }

    private static int IndexOf(HostOutcome outcome)
    {
        for (var i = 0; i < WorstFirst.Count; i++)
        {
            if (WorstFirst[i] == outcome)
            {
                return i;
            }
        }

        return -1;
    }
}
