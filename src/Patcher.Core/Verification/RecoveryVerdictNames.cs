namespace Patcher.Core.Verification;

/// <summary>The stable kebab-case names of <see cref="RecoveryVerdict"/>.</summary>
public static class RecoveryVerdictNames
{
    /// <summary><c>recovered</c>, <c>not-recovered</c> or <c>unknown</c>.</summary>
    public static string ToName(this RecoveryVerdict verdict) => verdict switch
    {
        RecoveryVerdict.Recovered => "recovered",
        RecoveryVerdict.NotRecovered => "not-recovered",
        RecoveryVerdict.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
