using Patcher.Windows.EventLog;

namespace Patcher.Windows.Tests.EventLog;

public sealed class NewestFirstScanTests
{
    private static readonly DateTimeOffset T0 = new(2000, 1, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TakeSince_StopsAtTheFirstOlderRecord_WithoutReadingTheRest()
    {
        var times = Enumerable.Range(0, 10_000).Select(i => T0.AddSeconds(i)).ToArray();
        var read = new List<int>();

        var taken = NewestFirstScan.TakeSince(times.Length, i => { read.Add(i); return times[i]; }, t => t, times[9_997]);

        Assert.Equal(times[9_997..], taken);
        Assert.Equal([9_999, 9_998, 9_997, 9_996], read);
    }

    [Fact]
    public void TakeSince_ReturnsOldestFirst()
    {
        var times = new[] { T0, T0.AddMinutes(1), T0.AddMinutes(2) };

        Assert.Equal(times, NewestFirstScan.TakeSince(times.Length, i => times[i], t => t, T0));
    }

    [Fact]
    public void TakeSince_IncludesARecordExactlyAtTheCutOff() =>
        Assert.Single(NewestFirstScan.TakeSince(1, _ => T0, t => t, T0));

    [Fact]
    public void TakeSince_EmptyLog_IsEmpty() =>
        Assert.Empty(NewestFirstScan.TakeSince<DateTimeOffset>(0, _ => throw new InvalidOperationException("no records"), t => t, T0));

    [Fact]
    public void TakeSince_AllOlder_ReadsOnlyTheNewest()
    {
        var reads = 0;

        var taken = NewestFirstScan.TakeSince(500, _ => { reads++; return T0; }, t => t, T0.AddHours(1));

        Assert.Empty(taken);
        Assert.Equal(1, reads);
    }

    [Fact]
    public void TakeSince_CutOffWithAnotherOffset_ComparesInstants()
    {
        var times = new[] { T0, T0.AddHours(1) };
        var since = new DateTimeOffset(2000, 1, 20, 14, 30, 0, TimeSpan.FromHours(2)); // 12:30 UTC

        Assert.Equal([T0.AddHours(1)], NewestFirstScan.TakeSince(times.Length, i => times[i], t => t, since));
    }

    [Fact]
    public void WholeSecond_DropsTheFraction_KeepingTheOffset()
    {
        var since = new DateTimeOffset(2000, 1, 20, 12, 0, 5, 700, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2000, 1, 20, 12, 0, 5, TimeSpan.FromHours(1)), NewestFirstScan.WholeSecond(since));
    }

    [Fact]
    public void WholeSecond_KeepsARecordStampedInTheSameSecond()
    {
        // The classic event log stamps records to the second: written at 12:00:00.7, read back as 12:00:00.
        var recorded = T0;
        var since = T0.AddMilliseconds(500);

        Assert.Single(NewestFirstScan.TakeSince(1, _ => recorded, t => t, NewestFirstScan.WholeSecond(since)));
    }
}
