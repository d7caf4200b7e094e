using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Platform;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ServiceOrchestratorStartTests
{
    private const string Mta = "MSExchangeMTA";
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Start_FailsFirstTwoWith1067_RunsOnTheThirdAfterExponentialBackoff()
    {
        var scm = StoppedMta();
        scm[Mta].FailingStarts = 2;
        var orchestrator = Orchestrator(scm, new ServiceRestartPolicy { RetryJitterRatio = 0 });

        var outcome = await _time.RunAsync(() => orchestrator.StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.Running, outcome.Verdict);
        Assert.Equal(["crashed", "crashed", "running"], outcome.Attempts.Select(a => a.Result));
        Assert.Equal([1067, 1067, 0], outcome.Attempts.Select(a => a.Win32Code));
        Assert.Equal([0, 30, 60], outcome.Attempts.Select(a => a.DelayBefore.TotalSeconds));
        AssertWaitedOnTheClock(outcome.Attempts);
        Assert.Equal("Running", outcome.StateAfter);
    }

    [Fact]
    public async Task Start_JitteredBackoff_DelaysWithinBoundsOnTheClock()
    {
        var scm = StoppedMta();
        scm[Mta].FailingStarts = 2;
        var randoms = new Queue<double>([0.0, 0.999]);
        var orchestrator = Orchestrator(scm, new ServiceRestartPolicy(), () => randoms.Dequeue());

        var outcome = await _time.RunAsync(() => orchestrator.StartServiceAsync(Mta));

        Assert.Equal(TimeSpan.FromSeconds(22.5), outcome.Attempts[1].DelayBefore);
        Assert.InRange(outcome.Attempts[2].DelayBefore, TimeSpan.FromSeconds(74.9), TimeSpan.FromSeconds(75));
        AssertWaitedOnTheClock(outcome.Attempts);
    }

    [Fact]
    public async Task Start_KeepsCrashing_BreakerOpensAfterThreeCrashesDespiteRetriesLeft()
    {
        var scm = StoppedMta();
        scm[Mta].FailingStarts = int.MaxValue;
        var orchestrator = Orchestrator(scm, new ServiceRestartPolicy { MaxStartRetries = 6 });

        var outcome = await _time.RunAsync(() => orchestrator.StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.CircuitOpen, outcome.Verdict);
        Assert.Equal(3, outcome.Attempts.Count);
        Assert.All(outcome.Attempts, a => Assert.Equal(1067, a.Win32Code));
        Assert.Equal(3, scm.Verbs.Count(v => v == "start " + Mta));
        Assert.Equal("Stopped", outcome.StateAfter);
        Assert.Equal(1067, outcome.Win32ExitCode);
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task Start_NeverRuns_EachAttemptEndsAtItsTimeoutThenFailedAfterRetries()
    {
        var scm = StoppedMta();
        scm[Mta].NeverStarts = true;
        var policy = new ServiceRestartPolicy { MaxStartRetries = 2, StartAttemptTimeout = TimeSpan.FromMinutes(3) };
        var orchestrator = Orchestrator(scm, policy);

        var outcome = await _time.RunAsync(() => orchestrator.StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.FailedAfterRetries, outcome.Verdict);
        Assert.Equal(["timed-out", "timed-out", "timed-out"], outcome.Attempts.Select(a => a.Result));
        Assert.All(outcome.Attempts, a => Assert.InRange(a.Duration, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3) + FakeClock.Step));
        Assert.All(outcome.Attempts, a => Assert.Equal("StartPending", a.StateAfter));
        Assert.Equal("StartPending", outcome.StateAfter);
    }

    [Fact]
    public async Task Start_SlowMtacheckWithinTheTimeout_OneAttempt()
    {
        var scm = StoppedMta();
        scm[Mta].StartDelay = TimeSpan.FromMinutes(8);

        var outcome = await _time.RunAsync(() => Orchestrator(scm).StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.Running, outcome.Verdict);
        Assert.Single(outcome.Attempts);
        Assert.InRange(outcome.Duration, TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(8) + TimeSpan.FromSeconds(1.1));
    }

    [Fact]
    public async Task Start_AlreadyRunning_AsksNothing()
    {
        var scm = SimulatedScm.Exchange(_time);

        var outcome = await _time.RunAsync(() => Orchestrator(scm).StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.AlreadyRunning, outcome.Verdict);
        Assert.Empty(outcome.Attempts);
        Assert.Empty(scm.Calls);
    }

    [Fact]
    public async Task Start_StartedBySomeoneElse_1056CountsAsStarted()
    {
        var scm = StoppedMta();
        scm[Mta].State = ServiceState.StartPending;
        scm[Mta].Schedule(_time.GetUtcNow() + TimeSpan.FromSeconds(20), ServiceState.Running, 0);

        var outcome = await _time.RunAsync(() => Orchestrator(scm).StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.Running, outcome.Verdict);
        Assert.Equal("running", Assert.Single(outcome.Attempts).Result);
    }

    [Fact]
    public async Task Start_Disabled_RefusedWithoutRetrying()
    {
        var scm = new SimulatedScm(_time);
        scm.Add(Mta, ServiceState.Stopped, ServiceStartMode.Disabled);

        var outcome = await _time.RunAsync(() => Orchestrator(scm).StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.StartRefused, outcome.Verdict);
        var attempt = Assert.Single(outcome.Attempts);
        Assert.Equal(("refused", 1058), (attempt.Result, attempt.Win32Code));
    }

    [Fact]
    public async Task Start_Cancelled_Propagates()
    {
        var scm = StoppedMta();
        scm[Mta].NeverStarts = true;
        using var cancel = new CancellationTokenSource();

        var start = Orchestrator(scm).StartServiceAsync(Mta, cancel.Token);
        _time.Advance(TimeSpan.FromSeconds(5));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => start);
    }

    private SimulatedScm StoppedMta()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped, imc: ServiceState.Stopped);
        scm[Mta].State = ServiceState.Stopped;
        return scm;
    }

    private ServiceOrchestrator Orchestrator(SimulatedScm scm, ServiceRestartPolicy? policy = null, Func<double>? randomizer = null) =>
        new(scm, _time, policy, null, randomizer ?? (() => 0.5));

    /// <summary>Between two attempts the fake clock moved by the backoff (to within one step of the test's clock).</summary>
    private static void AssertWaitedOnTheClock(IReadOnlyList<ServiceAttempt> attempts)
    {
        for (var i = 1; i < attempts.Count; i++)
        {
            var previousEnd = attempts[i - 1].StartedAt + attempts[i - 1].Duration;
            Assert.InRange(attempts[i].StartedAt - previousEnd, attempts[i].DelayBefore, attempts[i].DelayBefore + FakeClock.Step);
        }
    }
}
