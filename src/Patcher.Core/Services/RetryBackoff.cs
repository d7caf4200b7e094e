namespace Patcher.Core.Services;

/// <summary>
/// The delay before each retry: <see cref="ServiceRestartPolicy.RetryBaseDelay"/> × 2^(n−1) for retry n, capped at
/// <see cref="ServiceRestartPolicy.RetryMaxDelay"/>, then varied by ±<see cref="ServiceRestartPolicy.RetryJitterRatio"/>
/// and capped again. Bounds an operator can check, unlike decorrelated jitter.
/// </summary>
internal static class RetryBackoff
{
    /// <summary>The delay before retry <paramref name="retry"/> (1 for the first), with <paramref name="random"/> in [0, 1).</summary>
    public static TimeSpan Delay(ServiceRestartPolicy policy, int retry, double random)
    {
        var exponential = policy.RetryBaseDelay.Ticks * Math.Pow(2, Math.Min(retry - 1, 62));
        var capped = Math.Min(exponential, policy.RetryMaxDelay.Ticks);
        var jittered = capped * (1 + (policy.RetryJitterRatio * ((2 * random) - 1)));
        return TimeSpan.FromTicks((long)Math.Clamp(jittered, 0, policy.RetryMaxDelay.Ticks));
    }

    /// <summary>The nominal delay before retry <paramref name="retry"/> (no jitter), the middle of its range.</summary>
    public static TimeSpan Nominal(ServiceRestartPolicy policy, int retry) => Delay(policy with { RetryJitterRatio = 0 }, retry, 0.5);
}
