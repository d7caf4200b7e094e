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
    public void Create_Defaults_BudgetThenRetryThenBreakerThenTimeout()
    {
        var policy = new ServiceRestartPolicy();

        var descriptor = ServiceStartPipeline.Create(policy, new FakeTimeProvider(), () => 0.5, _ => { }, () => { }).GetPipelineDescriptor();

        Assert.Collection(
            descriptor.Strategies,
            budget => Assert.Equal(TimeSpan.FromMinutes(2), Assert.IsType<TimeoutStrategyOptions>(budget.Options).Timeout),
            retry => Assert.Equal(4, Assert.IsType<RetryStrategyOptions>(retry.Options).MaxRetryAttempts),
            breaker =>
            {
                var options = Assert.IsType<CircuitBreakerStrategyOptions>(breaker.Options);
                Assert.Equal(3, options.MinimumThroughput);
                Assert.Equal(1.0, options.FailureRatio);
            },
            timeout => Assert.Equal(TimeSpan.FromSeconds(90), Assert.IsType<TimeoutStrategyOptions>(timeout.Options).Timeout));
    }

    [Fact]
    public void Create_NoRetries_BudgetBreakerAndTimeoutOnly()
    {
        var descriptor = ServiceStartPipeline.Create(new ServiceRestartPolicy { MaxStartRetries = 0 }, new FakeTimeProvider(), () => 0.5, _ => { }, () => { }).GetPipelineDescriptor();

        Assert.Equal(3, descriptor.Strategies.Count);
    }
}
