namespace Patcher.Core.Health;

/// <summary>The stable kebab-case names of <see cref="HealthVerdict"/>, as reports and JSON documents write them.</summary>
public static class HealthVerdictNames
{
    /// <summary><c>healthy</c>, <c>hung</c>, <c>stopped-with-1067</c>, <c>stopped</c>, <c>not-installed</c> or <c>unknown</c>.</summary>
    public static string ToName(this HealthVerdict verdict) => verdict switch
    {
        HealthVerdict.Healthy => "healthy",
        HealthVerdict.Hung => "hung",
        HealthVerdict.StoppedWith1067 => "stopped-with-1067",
        HealthVerdict.Stopped => "stopped",
        HealthVerdict.NotInstalled => "not-installed",
        HealthVerdict.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
