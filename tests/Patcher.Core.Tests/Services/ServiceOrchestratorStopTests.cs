using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Platform;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ServiceOrchestratorStopTests
{
    private static readonly string[] StopOrder = ["MSExchangeIMC", "MSExchangeDX", "MSExchangeMTA"];
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Stop_DependentsFirstThenTheMta_StatesRecordedBefore()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped);

        var report = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time).StopAsync(StopOrder));

        Assert.True(report.Succeeded);
        Assert.Equal(["stop MSExchangeIMC", "stop MSExchangeMTA"], scm.Verbs);
        Assert.Equal([ServiceState.Running, ServiceState.Stopped, ServiceState.Running], report.Snapshots.Select(s => s.State));
        Assert.Equal([ServiceVerdicts.Stopped, ServiceVerdicts.AlreadyStopped, ServiceVerdicts.Stopped], report.Services.Select(s => s.Verdict));
        Assert.Equal(["MSExchangeMTA", "MSExchangeDX", "MSExchangeIMC"], report.StartOrder.Select(s => s.Name));
    }

    [Fact]
    public async Task Stop_Hangs_NoEscalation_StopTimedOutAtTheTimeoutAndTheRestNotStopped()
    {
        var scm = SimulatedScm.Exchange(_time);
        scm["MSExchangeDX"].StopHangs = true;
        var policy = new ServiceRestartPolicy { StopTimeout = TimeSpan.FromMinutes(2) };

        var report = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time, policy).StopAsync(StopOrder));

        Assert.False(report.Succeeded);
        Assert.Equal([ServiceVerdicts.Stopped, ServiceVerdicts.StopTimedOut, ServiceVerdicts.NotStopped], report.Services.Select(s => s.Verdict));
        var stuck = report.Services[1];
        Assert.InRange(stuck.Duration, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) + FakeClock.Step);
        Assert.Equal("StopPending", stuck.StateAfter);
        Assert.DoesNotContain(scm.Verbs, v => v.StartsWith("kill", StringComparison.Ordinal) || v == "stop MSExchangeMTA");
        Assert.Equal("Running", report.Services[2].StateAfter);
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

        var report = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time).StopAsync(["MSExchangeCCMC"]));

        Assert.Equal(ServiceVerdicts.NotInstalled, Assert.Single(report.Services).Verdict);
        Assert.Null(report.Snapshots[0].State);
    }
}
