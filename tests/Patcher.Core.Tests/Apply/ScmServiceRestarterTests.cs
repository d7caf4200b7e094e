using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Apply;
using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Apply;

public sealed class ScmServiceRestarterTests
{
    [Fact]
    public async Task Stop_NeverCompletes_FailsAfterTheTimeoutOnTheClock()
    {
        var scm = ServiceScm.Exchange(dx: ServiceState.Stopped, imc: ServiceState.Stopped);
        scm.StuckStops.Add("MSExchangeMTA");
        var time = new FakeTimeProvider();
        var restarter = new ScmServiceRestarter(scm, time, new ServiceRestartOptions { StopTimeout = TimeSpan.FromMinutes(2) });

        var stop = restarter.StopAsync("MSExchangeMTA");
        time.Advance(TimeSpan.FromSeconds(119));
        await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        Assert.False(stop.IsCompleted);
        for (var i = 0; i < 10 && !stop.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        var failure = await Assert.ThrowsAsync<ApplyException>(() => stop);
        Assert.Equal(ApplyException.ServiceControlFailed, failure.Code);
        Assert.Contains("StopPending", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AlreadyRunning_AsksNothing()
    {
        var scm = ServiceScm.Exchange();
        var restarter = new ScmServiceRestarter(scm, new FakeTimeProvider());

        await restarter.StartAsync("MSExchangeMTA");

        Assert.Empty(scm.Calls);
    }

    [Fact]
    public async Task Stop_ActiveDependent_FailsWithTheScmsReason()
    {
        var scm = ServiceScm.Exchange();
        var restarter = new ScmServiceRestarter(scm, new FakeTimeProvider());

        var failure = await Assert.ThrowsAsync<ApplyException>(() => restarter.StopAsync("MSExchangeMTA"));

        Assert.Equal(ApplyException.ServiceControlFailed, failure.Code);
        Assert.IsType<ServiceControlException>(failure.InnerException);
    }

    [Fact]
    public void Options_ZeroTimeout_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScmServiceRestarter(new ServiceScm(), new FakeTimeProvider(), new ServiceRestartOptions { StopTimeout = TimeSpan.Zero }));
}
