using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Patcher.Core.Services;

/// <summary>
/// The Polly pipeline around a service's start, outermost first: the start budget (a timeout over every attempt and
/// delay, <see cref="ServiceRestartPolicy.StartBudget"/>: how long services may stay down before the agent gives up),
/// retry (exponential backoff with jitter), circuit breaker (opens after <see cref="ServiceRestartPolicy.CrashesBeforeBreak"/>
/// crashes in a row), per-attempt timeout. Both timeouts are timers on the <see cref="TimeProvider"/>: what ends an
/// attempt or the whole start is the moment the timer fires, never a clock read later.
/// One pipeline per service restart, so a breaker opened now does not refuse a later restart (e.g. after rollback).
/// </summary>
internal static class ServiceStartPipeline
{
    /// <summary>The breaker's window and break: a day, longer than any restart, so once open it stays open for this one.</summary>
    internal static readonly TimeSpan BreakerWindow = TimeSpan.FromDays(1);

    public static ResiliencePipeline Create(ServiceRestartPolicy policy, TimeProvider time, Func<double> randomizer, Action<TimeSpan> onRetry, Action onBudgetExhausted)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Timeout = policy.StartBudget,
            OnTimeout = _ =>
            {
                onBudgetExhausted();
                return default;
            },
        });
        if (policy.MaxStartRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = policy.MaxStartRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = policy.RetryBaseDelay,
                MaxDelay = policy.RetryMaxDelay,

                // Our own jitter, with bounds an operator can check; Polly numbers retries from 0, RetryBackoff from 1.
                UseJitter = false,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryBackoff.Delay(policy, args.AttemptNumber + 1, randomizer())),
                ShouldHandle = new PredicateBuilder()
                    .Handle<ServiceStartAttemptException>(failure => failure.Retryable)
                    .Handle<TimeoutRejectedException>(),
                OnRetry = args =>
                {
                    onRetry(args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            // Every attempt in the window crashed, and at least N of them: N crashes in a row for one restart.
            FailureRatio = 1.0,
            MinimumThroughput = policy.CrashesBeforeBreak,
            SamplingDuration = BreakerWindow,
            BreakDuration = BreakerWindow,
            ShouldHandle = new PredicateBuilder().Handle<ServiceStartAttemptException>(failure => failure.Crashed),
        });
        builder.AddTimeout(policy.StartAttemptTimeout);
        return builder.Build();
    }
}
