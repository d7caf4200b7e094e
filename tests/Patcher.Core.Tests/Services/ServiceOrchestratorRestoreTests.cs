using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Apply;
using Patcher.Core.Platform;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ServiceOrchestratorRestoreTests
{
    private static readonly string[] StopOrder = ["MSExchangeIMC", "MSExchangeDX", "MSExchangeMTA"];
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task StopThenStart_DependentStoppedBefore_StaysStopped_OthersRunAgainInOrder()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped);
        var orchestrator = new ServiceOrchestrator(scm, _time);

        var stop = await _time.RunAsync(() => orchestrator.StopAsync(StopOrder));
        var start = await _time.RunAsync(() => orchestrator.StartAsync(stop.StartOrder));

        Assert.True(start.Succeeded);
        Assert.Equal(["stop MSExchangeIMC", "stop MSExchangeMTA", "start MSExchangeMTA", "start MSExchangeIMC"], scm.Verbs);
        Assert.Equal([ServiceVerdicts.Running, ServiceVerdicts.LeftStopped, ServiceVerdicts.Running], start.Services.Select(s => s.Verdict));
        Assert.Equal(ServiceState.Running, scm["MSExchangeIMC"].State);
        Assert.Equal(ServiceState.Stopped, scm["MSExchangeDX"].State);
        Assert.Equal(ServiceState.Running, scm["MSExchangeMTA"].State);
    }

    [Fact]
    public async Task Start_MtaNeverComesUp_DependentsNotAttempted()
    {
        var scm = SimulatedScm.Exchange(_time);
        var orchestrator = new ServiceOrchestrator(scm, _time);
        var stop = await _time.RunAsync(() => orchestrator.StopAsync(StopOrder));
        scm["MSExchangeMTA"].FailingStarts = int.MaxValue;

        var start = await _time.RunAsync(() => orchestrator.StartAsync(stop.StartOrder));

        Assert.False(start.Succeeded);
        Assert.Equal([ServiceVerdicts.CircuitOpen, ServiceVerdicts.DependencyFailed, ServiceVerdicts.DependencyFailed], start.Services.Select(s => s.Verdict));
        Assert.DoesNotContain(scm.Verbs, v => v is "start MSExchangeDX" or "start MSExchangeIMC");
    }

    [Fact]
    public async Task StopThenStart_StopFailedHalfway_RestoresWhatWasStopped()
    {
        var scm = SimulatedScm.Exchange(_time);
        scm["MSExchangeDX"].StopHangs = true;
        var policy = new ServiceRestartPolicy { StopTimeout = TimeSpan.FromSeconds(30) };
        var orchestrator = new ServiceOrchestrator(scm, _time, policy);
        var stop = await _time.RunAsync(() => orchestrator.StopAsync(StopOrder));
        scm["MSExchangeDX"].Schedule(_time.GetUtcNow(), ServiceState.Running, 0); // the stuck stop gives up: DX runs on

        var start = await _time.RunAsync(() => orchestrator.StartAsync(stop.StartOrder));

        Assert.True(start.Succeeded);
        Assert.Equal([ServiceVerdicts.AlreadyRunning, ServiceVerdicts.AlreadyRunning, ServiceVerdicts.Running], start.Services.Select(s => s.Verdict));
        Assert.All(StopOrder, name => Assert.Equal(ServiceState.Running, scm[name].State));
    }

    [Fact]
    public async Task Report_SerializesWithStableNames()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped, imc: ServiceState.Stopped);
        scm["MSExchangeMTA"].State = ServiceState.Stopped;
        scm["MSExchangeMTA"].FailingStarts = 1;
        var start = await _time.RunAsync(() => new ServiceOrchestrator(scm, _time).StartAsync([new ServiceSnapshot("MSExchangeMTA", ServiceState.Running, 0)]));

        var json = JsonSerializer.Serialize(start, Json);

        Assert.Contains("\"verdict\":\"running\"", json, StringComparison.Ordinal);
        Assert.Contains("\"result\":\"crashed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"win32Code\":1067", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResilientServiceRestarter_StartFails_ApplyExceptionAndOutcomeKept()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped, imc: ServiceState.Stopped);
        scm["MSExchangeMTA"].State = ServiceState.Stopped;
        scm["MSExchangeMTA"].FailingStarts = int.MaxValue;
        var restarter = new ResilientServiceRestarter(new ServiceOrchestrator(scm, _time));

        var failure = await Assert.ThrowsAsync<ApplyException>(() => _time.RunAsync(async () =>
        {
            await restarter.StartAsync("MSExchangeMTA");
            return 0;
        }));

        Assert.Equal(ApplyException.ServiceControlFailed, failure.Code);
        Assert.Contains("circuit-open", failure.Message, StringComparison.Ordinal);
        Assert.Equal(ServiceVerdicts.CircuitOpen, Assert.Single(restarter.Outcomes).Verdict);
    }

    [Fact]
    public async Task ResilientServiceRestarter_FailsTwiceThenRuns_NoException()
    {
        var scm = SimulatedScm.Exchange(_time, dx: ServiceState.Stopped, imc: ServiceState.Stopped);
        scm["MSExchangeMTA"].State = ServiceState.Stopped;
        scm["MSExchangeMTA"].FailingStarts = 2;
        var restarter = new ResilientServiceRestarter(new ServiceOrchestrator(scm, _time));

        await _time.RunAsync(async () =>
        {
            await restarter.StartAsync("MSExchangeMTA");
            return 0;
        });

        Assert.Equal(3, Assert.Single(restarter.Outcomes).Attempts.Count);
    }
}
