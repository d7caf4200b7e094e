using Microsoft.Extensions.Time.Testing;
using Patcher.Windows.Queue;

namespace Patcher.Windows.Tests.Queue;

public sealed class QueueProgressTrackerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2000, 1, 20, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Observe_FirstSample_CountsAsProgressNow()
    {
        var progress = new QueueProgressTracker(_time).Observe(queueLength: 12, processed: 340);

        Assert.Equal(new Core.Platform.QueueProgress(12, 340, 0, _time.GetUtcNow()), progress);
    }

    [Fact]
    public void Observe_TotalUnchanged_KeepsTheLastProgressTime()
    {
        // KB Q248732: the hung MTA keeps running, the queue grows, nothing is taken off it.
        var tracker = new QueueProgressTracker(_time);
        var start = _time.GetUtcNow();
        tracker.Observe(12, 340);
        _time.Advance(TimeSpan.FromMinutes(10));

        var progress = tracker.Observe(30, 340);

        Assert.Equal(start, progress.LastProgress);
        Assert.Equal(30, progress.QueueLength);
    }

    [Fact]
    public void Observe_TotalGrew_MovesTheLastProgressTime()
    {
        var tracker = new QueueProgressTracker(_time);
        tracker.Observe(12, 340);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(_time.GetUtcNow(), tracker.Observe(11, 341).LastProgress);
    }

    [Fact]
    public void Observe_TotalFell_IsARestartAndCountsAsProgress()
    {
        var tracker = new QueueProgressTracker(_time);
        tracker.Observe(12, 340);
        _time.Advance(TimeSpan.FromMinutes(5));

        var progress = tracker.Observe(12, 0);

        Assert.Equal(_time.GetUtcNow(), progress.LastProgress);
        Assert.Equal(0, progress.Processed);
    }

    [Fact]
    public void Observe_Rejected_IsZeroBecauseTheCountersDoNotCountIt() =>
        Assert.Equal(0, new QueueProgressTracker(_time).Observe(1, 1).Rejected);

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Observe_Negative_Throws(int queueLength, long processed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueueProgressTracker(_time).Observe(queueLength, processed));
}
