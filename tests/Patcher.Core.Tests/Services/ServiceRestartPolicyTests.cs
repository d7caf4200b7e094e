using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ServiceRestartPolicyTests
{
    [Fact]
    public void Defaults_AreValidAndSuitAnMta()
    {
        var policy = new ServiceRestartPolicy();

        Assert.Empty(policy.Validate());
        Assert.Equal(TimeSpan.FromMinutes(2), policy.StartBudget);
        Assert.Equal(TimeSpan.FromSeconds(90), policy.StartAttemptTimeout);
        Assert.Equal(4, policy.MaxStartRetries);
        Assert.Equal(TimeSpan.FromSeconds(5), policy.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.RetryMaxDelay);
        Assert.Equal(0.25, policy.RetryJitterRatio);
        Assert.Equal(3, policy.CrashesBeforeBreak);
        Assert.Equal(TimeSpan.FromMinutes(5), policy.StopTimeout);
        Assert.Equal(StopEscalation.None, policy.StopEscalation);
        Assert.Equal(TimeSpan.FromMinutes(1), policy.KillTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(100), policy.PollInterval);
    }

    public static TheoryData<string, ServiceRestartPolicy, string> Invalid => new()
    {
        { "zero start timeout", new() { StartAttemptTimeout = TimeSpan.Zero }, "ServiceRestartPolicy.StartAttemptTimeout is 00:00:00; it must be between 00:00:01 and StartBudget (00:02:00)." },
        { "attempt longer than the budget", new() { StartAttemptTimeout = TimeSpan.FromMinutes(3) }, "ServiceRestartPolicy.StartAttemptTimeout is 00:03:00; it must be between 00:00:01 and StartBudget (00:02:00)." },
        { "zero budget", new() { StartBudget = TimeSpan.Zero, StartAttemptTimeout = TimeSpan.FromSeconds(1) }, "ServiceRestartPolicy.StartBudget is 00:00:00; it must be between 00:00:01 and 1.00:00:00." },
        { "negative retries", new() { MaxStartRetries = -1 }, "ServiceRestartPolicy.MaxStartRetries is -1; it must be between 0 and 20." },
        { "max below base", new() { RetryBaseDelay = TimeSpan.FromMinutes(2), RetryMaxDelay = TimeSpan.FromMinutes(1) }, "ServiceRestartPolicy.RetryMaxDelay is 00:01:00; it must be between RetryBaseDelay (00:02:00) and 1.00:00:00." },
        { "jitter above one", new() { RetryJitterRatio = 1.5 }, "ServiceRestartPolicy.RetryJitterRatio is 1.5; it must be between 0 (no jitter) and 1." },
        { "breaker of one", new() { CrashesBeforeBreak = 1 }, "ServiceRestartPolicy.CrashesBeforeBreak is 1; it must be between 2 and 100." },
        { "unknown escalation", new() { StopEscalation = (StopEscalation)7 }, "ServiceRestartPolicy.StopEscalation is 7; it must be None or Kill." },
        { "poll above a timeout", new() { StopTimeout = TimeSpan.FromSeconds(5), PollInterval = TimeSpan.FromSeconds(10) }, "ServiceRestartPolicy.PollInterval is 00:00:10; it must be between 00:00:00.0100000 and 00:00:05 (below every timeout, at most 1 min)." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OutOfRange_NamesTheSettingAndItsRange(string name, ServiceRestartPolicy policy, string message)
    {
        Assert.NotNull(name);
        Assert.Equal([message], policy.Validate());
    }

    [Fact]
    public void Orchestrator_InvalidPolicy_RefusedWithEveryProblem()
    {
        var policy = new ServiceRestartPolicy { StopTimeout = TimeSpan.Zero, MaxStartRetries = 99 };

        var failure = Assert.Throws<ServiceRestartPolicyException>(() => new ServiceOrchestrator(new SimulatedScm(TimeProvider.System), TimeProvider.System, policy));

        Assert.Equal(ServiceRestartPolicyException.InvalidPolicy, failure.Code);
        Assert.Equal(2, failure.Errors.Count);
        Assert.StartsWith("SR001: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Orchestrator_KillWithoutAKiller_Refused()
    {
        var time = new FakeTimeProvider();
        var scm = new ScmWithoutKill(new SimulatedScm(time));

        var failure = Assert.Throws<ServiceRestartPolicyException>(() => new ServiceOrchestrator(scm, time, new ServiceRestartPolicy { StopEscalation = StopEscalation.Kill }));

        Assert.Equal(ServiceRestartPolicyException.NoKiller, failure.Code);
    }
}
