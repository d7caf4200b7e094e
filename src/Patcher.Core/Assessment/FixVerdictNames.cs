namespace Patcher.Core.Assessment;

/// <summary>The stable kebab-case names of <see cref="FixVerdict"/>, as reports and JSON documents write them.</summary>
public static class FixVerdictNames
{
    /// <summary><c>vulnerable</c>, <c>fixed-by-hotfix</c>, <c>meets-baseline</c>, <c>half-patched</c>, <c>not-applicable</c>, <c>fix-not-running</c> or <c>unknown</c>.</summary>
    public static string ToName(this FixVerdict verdict) => verdict switch
    {
        FixVerdict.Vulnerable => "vulnerable",
        FixVerdict.FixedByHotfix => "fixed-by-hotfix",
        FixVerdict.MeetsBaseline => "meets-baseline",
        FixVerdict.HalfPatched => "half-patched",
        FixVerdict.NotApplicable => "not-applicable",
        FixVerdict.FixNotRunning => "fix-not-running",
        FixVerdict.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>Whether the verdict means the fix is in place (<see cref="FixVerdict.FixedByHotfix"/> or <see cref="FixVerdict.MeetsBaseline"/>).</summary>
    public static bool CarriesFix(this FixVerdict verdict) => verdict is FixVerdict.FixedByHotfix or FixVerdict.MeetsBaseline;
}
