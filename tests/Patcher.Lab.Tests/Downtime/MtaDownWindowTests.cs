using Patcher.LabTool.Downtime;

namespace Patcher.Lab.Tests.Downtime;

public sealed class MtaDownWindowTests : IDisposable
{
    private readonly string _log = Path.Combine(Path.GetTempPath(), $"scm-{Guid.NewGuid():N}.log");

    [Fact]
    public void Find_StopExitStartRunning_WindowFromTheStopToRunningAgain()
    {
        File.WriteAllLines(_log,
        [
            "2026-01-01T10:00:00.0000000+00:00 stop MSExchangeIMC: SIGTERM to pid 10",
            "2026-01-01T10:00:00.2000000+00:00 exited MSExchangeIMC: pid 10, exit code 0, stopped",
            "2026-01-01T10:00:01.0000000+00:00 stop MSExchangeMTA: SIGTERM to pid 12",
            "2026-01-01T10:00:01.1000000+00:00 exited MSExchangeMTA: pid 12, exit code 0, stopped",
            "2026-01-01T10:00:01.3000000+00:00 start MSExchangeMTA: pid 13",
            "2026-01-01T10:00:02.5000000+00:00 running MSExchangeMTA: pid 13",
            "2026-01-01T10:00:02.6000000+00:00 start MSExchangeDX: pid 14",
        ]);

        var window = MtaDownWindow.Find(_log, 0, "MSExchangeMTA");

        Assert.NotNull(window);
        Assert.Equal(TimeSpan.FromSeconds(1.5), window.Length);
        Assert.Equal(TimeSpan.FromSeconds(0.1), window.Stopping);
        Assert.Equal(TimeSpan.FromSeconds(0.2), window.Gap);
        Assert.Equal(TimeSpan.FromSeconds(1.2), window.Starting);
    }

    [Fact]
    public void Find_FromAnOffset_OnlyLaterWindows_NullWhenNotRunningAgain()
    {
        var first = "2026-01-01T10:00:01.0000000+00:00 stop MSExchangeMTA: SIGTERM to pid 12\n"
            + "2026-01-01T10:00:01.1000000+00:00 exited MSExchangeMTA: pid 12, exit code 0, stopped\n"
            + "2026-01-01T10:00:01.3000000+00:00 start MSExchangeMTA: pid 13\n"
            + "2026-01-01T10:00:02.5000000+00:00 running MSExchangeMTA: pid 13\n";
        File.WriteAllText(_log, first + "2026-01-01T10:00:05.0000000+00:00 stop MSExchangeMTA: SIGTERM to pid 13\n"
            + "2026-01-01T10:00:05.1000000+00:00 exited MSExchangeMTA: pid 13, exit code 0, stopped\n");

        Assert.Null(MtaDownWindow.Find(_log, first.Length, "MSExchangeMTA"));
        Assert.Null(MtaDownWindow.Find(_log, 0, "MSExchangeDX"));
    }

    public void Dispose() => File.Delete(_log);
}
