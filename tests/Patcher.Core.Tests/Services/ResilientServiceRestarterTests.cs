using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Apply;
using Patcher.Core.Platform;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

public sealed class ResilientServiceRestarterTests
{
    private readonly FakeTimeProvider _time = new();

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
