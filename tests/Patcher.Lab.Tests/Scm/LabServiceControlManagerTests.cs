using Patcher.Lab.Platform;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Tests.Scm;

public sealed class LabServiceControlManagerTests : IDisposable
{
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public async Task QueryStatusAsync_DaemonNotRunning_SaysHowToStartTheHost()
    {
        var host = _lab.Host("h1");
        var scm = new LabServiceControlManager(host);

        var e = await Assert.ThrowsAsync<LabHostNotStartedException>(() => scm.QueryStatusAsync("MSExchangeMTA"));

        Assert.Equal(Win32Errors.RpcServerUnavailable, e.Win32Error);
        Assert.Equal($"The lab host h1 is not started: run patcher-lab lab start {_lab.Root} h1", e.Message);
    }
}
