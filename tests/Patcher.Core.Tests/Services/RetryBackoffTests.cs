using CsCheck;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class RetryBackoffTests
{
    [Fact]
    public void Delay_NoJitter_DoublesFromTheBaseUpToTheMaximum()
    {
        var policy = new ServiceRestartPolicy { RetryJitterRatio = 0, RetryBaseDelay = TimeSpan.FromSeconds(30), RetryMaxDelay = TimeSpan.FromMinutes(5) };

        var delays = Enumerable.Range(1, 7).Select(retry => RetryBackoff.Delay(policy, retry, 0.9)).ToArray();

        Assert.Equal([30, 60, 120, 240, 300, 300, 300], delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public void Delay_Jitter_StaysWithinItsBoundsAndTheMaximum() =>
        Gen.Select(Gen.Int[1, 30], Gen.Double[0, 0.999999], Gen.Double[0, 1]).Sample((retry, random, ratio) =>
        {
            var policy = new ServiceRestartPolicy { RetryJitterRatio = ratio, RetryBaseDelay = TimeSpan.FromSeconds(30), RetryMaxDelay = TimeSpan.FromMinutes(5) };
            var nominal = RetryBackoff.Nominal(policy, retry);
            var delay = RetryBackoff.Delay(policy, retry, random);
            return delay >= nominal * (1 - ratio) - TimeSpan.FromTicks(1)
                && delay <= nominal * (1 + ratio) + TimeSpan.FromTicks(1)
                && delay <= policy.RetryMaxDelay;
        });

    [Fact]
    public void Delay_Jitter_ReachesBothEnds()
    {
        var policy = new ServiceRestartPolicy { RetryBaseDelay = TimeSpan.FromSeconds(30), RetryMaxDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal(TimeSpan.FromSeconds(22.5), RetryBackoff.Delay(policy, 1, 0));
        Assert.Equal(TimeSpan.FromSeconds(37.5), RetryBackoff.Delay(policy, 1, 1));
    }
}
