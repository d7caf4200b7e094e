using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Service;
using Patcher.Core.Configuration;

namespace Patcher.Agent.Tests.Service;

public sealed class AgentWorkerTests
{
    // A Wednesday, noon UTC; the fake clock's local zone is UTC.
    private static readonly DateTimeOffset Start = new(2025, 6, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Start_RunsAtOnce_ThenEveryInterval()
    {
        var time = new FakeTimeProvider(Start);
        var run = new RecordingRun(time);
        using var worker = new AgentWorker(run, new FixedSettings(new AgentSettings { RunInterval = TimeSpan.FromMinutes(30) }), time, NullLogger<AgentWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        await run.WaitForRunsAsync(1);
        time.Advance(TimeSpan.FromMinutes(29));
        await Task.Delay(50);
        Assert.Single(run.Runs);
        time.Advance(TimeSpan.FromMinutes(1));
        await run.WaitForRunsAsync(2);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal([Start, Start.AddMinutes(30)], run.Runs);
    }

    [Fact]
    public async Task OutsideTheWindow_WaitsForItsOpening()
    {
        var time = new FakeTimeProvider(Start);
        var run = new RecordingRun(time);
        var window = new MaintenanceWindow(new TimeOnly(2, 0), new TimeOnly(4, 0), new HashSet<DayOfWeek> { DayOfWeek.Saturday });
        using var worker = new AgentWorker(run, new FixedSettings(new AgentSettings { MaintenanceWindow = window }), time, NullLogger<AgentWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        var opening = new DateTimeOffset(2025, 6, 7, 2, 0, 0, TimeSpan.Zero);
        await Task.Delay(50);
        Assert.Empty(run.Runs); // Wednesday noon is outside the window
        while (time.GetUtcNow().AddMinutes(5) < opening)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            await Task.Delay(10);
        }

        Assert.Empty(run.Runs);
        for (var i = 0; i < 20 && run.Runs.Count == 0; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }

        await run.WaitForRunsAsync(1);
        await worker.StopAsync(CancellationToken.None);

        // Due at the opening; the fake clock may have moved on a step before the worker woke.
        Assert.InRange(run.Runs[0], opening, opening.AddMinutes(2));
    }

    [Fact]
    public async Task Stop_WhileWaiting_EndsPromptly()
    {
        var time = new FakeTimeProvider(Start);
        var run = new RecordingRun(time);
        using var worker = new AgentWorker(run, new FixedSettings(new AgentSettings()), time, NullLogger<AgentWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        await run.WaitForRunsAsync(1);

        var stop = worker.StopAsync(CancellationToken.None);

        Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(5))));
    }

    [Fact]
    public void NextRun_NoWindow_LastRunPlusInterval() =>
        Assert.Equal(Start.AddHours(4), AgentSchedule.NextRun(Start.AddHours(1), TimeZoneInfo.Utc, Start, new AgentSettings()));

    private sealed class FixedSettings(AgentSettings settings) : IAgentSettingsSource
    {
        public LayeredAgentSettings Load() => new(settings, [], [], null);
    }

    private sealed class RecordingRun(TimeProvider time) : IAgentRun
    {
        private readonly List<DateTimeOffset> _runs = [];

        public IReadOnlyList<DateTimeOffset> Runs
        {
            get
            {
                lock (_runs)
                {
                    return [.. _runs];
                }
            }
        }

        public Task<int> RunOnceAsync(AgentSettings settings, CancellationToken cancellationToken)
        {
            lock (_runs)
            {
                _runs.Add(time.GetUtcNow());
            }

            return Task.FromResult(0);
        }

        public async Task WaitForRunsAsync(int count)
        {
            for (var i = 0; i < 500 && Runs.Count < count; i++)
            {
                await Task.Delay(10);
            }

            Assert.True(Runs.Count >= count, $"expected {count} runs, saw {Runs.Count}");
        }
    }
}
