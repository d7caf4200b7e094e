using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ServiceStartPipelineTests
{
    [Fact]
    public void Create_Defaults_RetryThenBreakerThenTimeout()
    {
        var policy = new ServiceRestartPolicy();

        var descriptor = ServiceStartPipeline.Create(policy, new FakeTimeProvider(), () => 0.5, _ => { }).GetPipelineDescriptor();

        Assert.Collection(
            descriptor.Strategies,
            retry => Assert.Equal(4, Assert.IsType<RetryStrategyOptions>(retry.Options).MaxRetryAttempts),
            breaker =>
            {
                var options = Assert.IsType<CircuitBreakerStrategyOptions>(breaker.Options);
                Assert.Equal(3, options.MinimumThroughput);
                Assert.Equal(1.0, options.FailureRatio);
            },
            timeout => Assert.Equal(TimeSpan.FromMinutes(10), Assert.IsType<TimeoutStrategyOptions>(timeout.Options).Timeout));
    }

    [Fact]
    public void Create_NoRetries_BreakerAndTimeoutOnly()
    {
        var descriptor = ServiceStartPipeline.Create(new ServiceRestartPolicy { MaxStartRetries = 0 }, new FakeTimeProvider(), () => 0.5, _ => { }).GetPipelineDescriptor();

        Assert.Equal(2, descriptor.Strategies.Count);
    }
}
