using Patcher.LabTool.Soak;

namespace Patcher.Lab.Tests.Soak;

public sealed class SoakVerdictTests
{
    private static readonly IReadOnlyDictionary<string, (int Run, int Rollback)> AllRecovered =
        new Dictionary<string, (int Run, int Rollback)> { ["EXCH-SP2"] = (0, 0), ["EXCH-SP4"] = (0, 1) };

    private static SoakSample Sample(int cycle, long heap = 2_000_000, int fds = 140, int threads = 15, int labProcesses = 63, int stateFiles = 14, long backups = 100_000) =>
        new(cycle, heap, 120_000_000, fds, threads, labProcesses, stateFiles, 24_000, backups * cycle, 150 * cycle, 10 * cycle);

    private static SoakVerdict Judge(SoakSample last, SoakSample? afterStop = null, IReadOnlyDictionary<string, (int Run, int Rollback)>? lastExits = null) =>
        SoakVerdict.Judge([Sample(0), Sample(1), Sample(2), last], [AllRecovered, AllRecovered, lastExits ?? AllRecovered], afterStop ?? Sample(5, labProcesses: 0));

    [Fact]
    public void Steady_WhenOnlyWhatIsKeptByDesignGrows()
    {
        var verdict = Judge(Sample(3, heap: 2_500_000, fds: 142, threads: 17));

        Assert.True(verdict.Steady, string.Join('\n', verdict.Lines));
        Assert.Contains(verdict.Lines, line => line.StartsWith("kept by design: backups: 100,000 -> 300,000 bytes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("managed heap")]
    [InlineData("open descriptors")]
    [InlineData("threads")]
    [InlineData("lab processes (SCM")]
    [InlineData("state folder files")]
    public void Leak_WhenSomethingGrowsBeyondItsSlack(string what)
    {
        var last = what switch
        {
            "managed heap" => Sample(3, heap: 2_000_000 + SoakVerdict.HeapSlackBytes + 1),
            "open descriptors" => Sample(3, fds: 140 + SoakVerdict.HandleSlack + 1),
            "threads" => Sample(3, threads: 15 + SoakVerdict.HandleSlack + 1),
            "lab processes (SCM" => Sample(3, labProcesses: 64),
            _ => Sample(3, stateFiles: 15),
        };

        var verdict = Judge(last);

        Assert.False(verdict.Steady);
        Assert.Contains(verdict.Lines, line => line.StartsWith("FAIL  " + what, StringComparison.Ordinal));
    }

    [Fact]
    public void NotSteady_WhenALabProcessOutlivesTheLab()
    {
        var verdict = Judge(Sample(3), afterStop: Sample(4, labProcesses: 1));

        Assert.False(verdict.Steady);
        Assert.Contains("FAIL  lab processes after the lab stopped: 1 (0 expected)", verdict.Lines);
    }

    [Fact]
    public void NotSteady_WhenACycleEndsDifferently()
    {
        var verdict = Judge(Sample(3), lastExits: new Dictionary<string, (int Run, int Rollback)> { ["EXCH-SP2"] = (14, 0), ["EXCH-SP4"] = (0, 1) });

        Assert.False(verdict.Steady);
        Assert.Contains("FAIL  cycles 3 ended differently from cycle 2", verdict.Lines);
    }
}
