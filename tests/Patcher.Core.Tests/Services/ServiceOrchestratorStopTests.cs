using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Platform;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ServiceOrchestratorStopTests
{
    private static readonly string[] StopOrder = ["MSExchangeIMC", "MSExchangeDX", "MSExchangeMTA"];
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Stop_DependentsFirstThenTheMta_EachEndsStopped()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped);
        var orchestrator = new ServiceOrchestrator(scm, _time);
        var outcomes = new List<ServiceOutcome>();

        foreach (var name in StopOrder)
        {
            outcomes.Add(await _time.RunAsync(() => orchestrator.StopServiceAsync(name)));
        }

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        Assert.Equal(["stop MSExchangeIMC", "stop MSExchangeMTA"], scm.Verbs);
        Assert.Equal(["Running", "Stopped", "Running"], outcomes.Select(o => o.StateBefore));
        Assert.Equal([ServiceVerdicts.Stopped, ServiceVerdicts.AlreadyStopped, ServiceVerdicts.Stopped], outcomes.Select(o => o.Verdict));
    }

    [Fact]
    public async Task Stop_Hangs_NoEscalation_StopTimedOutAtTheTimeout_NotKilled()
    {
        var scm = SimulatedScm.Exchange(_time, imc: ServiceState.Stopped);
        scm["MSExchangeDX"].StopHangs = true;
        var policy = new ServiceRestartPolicy { StopTimeout = TimeSpan.FromMinutes(2) };

        var stuck = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time, policy).StopServiceAsync("MSExchangeDX"));

        Assert.False(stuck.Succeeded);
        Assert.Equal(ServiceVerdicts.StopTimedOut, stuck.Verdict);
        Assert.InRange(stuck.Duration, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) + FakeClock.Step);
        Assert.Equal("StopPending", stuck.StateAfter);
        Assert.DoesNotContain(scm.Verbs, v => v.StartsWith("kill", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stop_Hangs_KillEscalation_Killed()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped, imc: ServiceState.Stopped);
        scm["MSExchangeMTA"].StopHangs = true;
        var policy = new ServiceRestartPolicy { StopEscalation = StopEscalation.Kill };

        var outcome = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time, policy).StopServiceAsync("MSExchangeMTA"));

        Assert.Equal(ServiceVerdicts.Killed, outcome.Verdict);
        Assert.Equal([("stop", "timed-out"), ("kill", "stopped")], outcome.Attempts.Select(a => (a.Action, a.Result)));
        Assert.Equal(["stop MSExchangeMTA", "kill MSExchangeMTA"], scm.Verbs);
        Assert.Equal("Stopped", outcome.StateAfter);
        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task Stop_KillDoesNotEndIt_StopTimedOutAfterTheKillTimeout()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped, imc: ServiceState.Stopped);
        scm["MSExchangeMTA"].StopHangs = true;
        scm["MSExchangeMTA"].KillHangs = true;
        var policy = new ServiceRestartPolicy { StopEscalation = StopEscalation.Kill, StopTimeout = TimeSpan.FromMinutes(1), KillTimeout = TimeSpan.FromSeconds(30) };

        var outcome = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time, policy).StopServiceAsync("MSExchangeMTA"));

        Assert.Equal(ServiceVerdicts.StopTimedOut, outcome.Verdict);
        Assert.Equal("timed-out", outcome.Attempts[1].Result);
        Assert.InRange(outcome.Duration, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(90) + (2 * FakeClock.Step));
    }

    [Fact]
    public async Task Stop_ActiveDependentNotInTheList_RefusedWith1051()
    {
        var scm = SimulatedScm.Exchange(_time);

        var outcome = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time).StopServiceAsync("MSExchangeMTA"));

        Assert.Equal(ServiceVerdicts.StopRefused, outcome.Verdict);
        Assert.Equal(1051, Assert.Single(outcome.Attempts).Win32Code);
    }

    [Fact]
    public async Task Stop_UnknownService_NotInstalled()
    {
        var scm = SimulatedScm.Exchange(_time);

        var outcome = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time).StopServiceAsync("MSExchangeCCMC"));

        Assert.Equal(ServiceVerdicts.NotInstalled, outcome.Verdict);
        Assert.Empty(scm.Verbs);
    }
}
