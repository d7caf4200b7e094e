using Microsoft.Extensions.Time.Testing;
using Patcher.Lab.Mta;

namespace Patcher.Lab.Tests.Mta;

/// <summary>The lab MTA running in-process on fake time, as <c>patcher-lab lab service MSExchangeMTA</c> would run it.</summary>
internal sealed class RunningMta : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    private RunningMta(MtaLabHost host, FakeTimeProvider time, TimeSpan stopGrace)
    {
        Time = time;
        var options = new LabMtaOptions { Time = time, PollInterval = TimeSpan.FromMilliseconds(250), StopGrace = stopGrace, ReportingDomain = TestMessages.LabDomain };
        Run = Task.Run(() => LabMtaService.RunAsync(host.Paths, Output, options, _stopping.Token));
    }

    public FakeTimeProvider Time { get; }

    public LineWriter Output { get; } = new();

    public Task<int> Run { get; }

    public static RunningMta Start(MtaLabHost host, FakeTimeProvider? time = null, TimeSpan? stopGrace = null) =>
        new(host, time ?? new FakeTimeProvider(TestMessages.Now), stopGrace ?? TimeSpan.FromSeconds(5));

    /// <summary>Asks the MTA to stop (SIGTERM) and waits for its exit code, moving fake time on so a stop grace can run out.</summary>
    public async Task<int> StopAsync()
    {
        await _stopping.CancelAsync();
        await Eventually.True(() => Run.IsCompleted, "the MTA to exit", () => Time.Advance(TimeSpan.FromSeconds(1)));
        return await Run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Run.IsCompleted)
        {
            await StopAsync();
        }

        _stopping.Dispose();
    }
}
