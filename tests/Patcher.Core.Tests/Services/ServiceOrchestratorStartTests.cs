using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Platform;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ServiceOrchestratorStartTests
{
    private const string Mta = "MSExchangeMTA";
    private readonly FakeTimeProvider _time = new();

    /// <summary>Retries from 30 s, up to 5 min, with a budget that lets every one of them run.</summary>
    private static readonly ServiceRestartPolicy SlowRetries = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(30),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
        StartBudget = TimeSpan.FromHours(1),
    };

    [Fact]
    public async Task Start_NeverRunsWithDefaults_GivesUpWithinTheTwoMinuteBudget()
    {
        var scm = StoppedMta();
        scm[Mta].NeverStarts = true;
        var orchestrator = Orchestrator(scm, new ServiceRestartPolicy());

        var outcome = await _time.RunAsync(() => orchestrator.StartServiceAsync(Mta));

        // Issue 10: the old defaults kept the MTA and its dependents down for more than eight minutes before giving up.
        Assert.Equal(ServiceVerdicts.FailedAfterRetries, outcome.Verdict);
        // Attempt 1 times out at 90 s; the budget's timer ends the start at 2 min, during the backoff or attempt 2. (How
        // far attempt 2 got depends on when the fake clock's continuations ran, so its count is a range.)
        Assert.InRange(outcome.Attempts.Count, 1, 2);
        Assert.All(outcome.Attempts, a => Assert.Equal("timed-out", a.Result));
        Assert.All(outcome.Attempts, a => Assert.True(a.StartedAt - outcome.StartedAt < TimeSpan.FromMinutes(2), $"an attempt began at {a.StartedAt - outcome.StartedAt}, after the budget"));
        Assert.Contains("start budget", outcome.Detail, StringComparison.Ordinal);
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task Start_CrashesUntilTheBudget_EndsAtTheBudgetNotAfterEveryRetry()
    {
        var scm = StoppedMta();
        scm[Mta].FailingStarts = int.MaxValue;
        var orchestrator = Orchestrator(scm, new ServiceRestartPolicy { CrashesBeforeBreak = 100, MaxStartRetries = 20, RetryBaseDelay = TimeSpan.FromSeconds(20), RetryMaxDelay = TimeSpan.FromSeconds(20), RetryJitterRatio = 0 });

        var outcome = await _time.RunAsync(() => orchestrator.StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.FailedAfterRetries, outcome.Verdict);
        // A crash every ~5 s then 20 s of delay: about five attempts fit in two minutes, never all twenty-one.
        Assert.InRange(outcome.Attempts.Count, 1, 6);
        Assert.All(outcome.Attempts, a => Assert.Equal("crashed", a.Result));
        Assert.Contains("start budget", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailsFirstTwoWith1067_RunsOnTheThirdAfterExponentialBackoff()
    {
        var scm = StoppedMta();
        scm[Mta].FailingStarts = 2;
        var orchestrator = Orchestrator(scm, SlowRetries with { RetryJitterRatio = 0 });

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
        var orchestrator = Orchestrator(scm, SlowRetries, () => randoms.Dequeue());

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
        var policy = new ServiceRestartPolicy { MaxStartRetries = 2, StartAttemptTimeout = TimeSpan.FromMinutes(3), StartBudget = TimeSpan.FromHours(24) };
        var orchestrator = Orchestrator(scm, policy);

        var outcome = await _time.RunAsync(() => orchestrator.StartServiceAsync(Mta));

        Assert.Equal(ServiceVerdicts.FailedAfterRetries, outcome.Verdict);
        Assert.Equal(["timed-out", "timed-out", "timed-out"], outcome.Attempts.Select(a => a.Result));
        // Polly starts the timeout's timer a moment before the attempt reads the clock; the fake clock may step in between.
        Assert.All(outcome.Attempts, a => Assert.InRange(a.Duration, TimeSpan.FromMinutes(3) - FakeClock.Step, TimeSpan.FromMinutes(3) + FakeClock.Step));
        Assert.All(outcome.Attempts, a => Assert.Equal("StartPending", a.StateAfter));
        Assert.Equal("StartPending", outcome.StateAfter);
    }

    [Fact]
    public async Task Start_SlowMtacheckWithinTheTimeout_OneAttempt()
    {
        var scm = StoppedMta();
        scm[Mta].StartDelay = TimeSpan.FromMinutes(8);
        var patient = new ServiceRestartPolicy { StartAttemptTimeout = TimeSpan.FromMinutes(10), StartBudget = TimeSpan.FromMinutes(30) };

        var outcome = await _time.RunAsync(() => Orchestrator(scm, patient).StartServiceAsync(Mta));

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

    /// <summary>
    /// Between two attempts the fake clock moved by the backoff, to within two steps of the test's clock: the clock may
    /// step once between an attempt's record and Polly starting the delay, and once between the delay and the next record.
    /// </summary>
    private static void AssertWaitedOnTheClock(IReadOnlyList<ServiceAttempt> attempts)
    {
        for (var i = 1; i < attempts.Count; i++)
        {
            var previousEnd = attempts[i - 1].StartedAt + attempts[i - 1].Duration;
            Assert.InRange(attempts[i].StartedAt - previousEnd, attempts[i].DelayBefore, attempts[i].DelayBefore + (2 * FakeClock.Step));
        }
    }
}
