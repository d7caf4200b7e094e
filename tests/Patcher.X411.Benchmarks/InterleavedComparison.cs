using System.Diagnostics;
using System.Globalization;
using Patcher.X411.Benchmarks.Corpus;

namespace Patcher.X411.Benchmarks;

/// <summary>
/// Two builds of the engine (by default this one against the engine before issue 13; <see cref="EngineBuild"/>), in one
/// process, alternating: each round runs both on the same message in
/// slices of about 3 MB, the order swapped every slice, and each round gives one ratio. On a shared machine whose load
/// moves from one second to the next, a ratio measured this way holds where BenchmarkDotNet's (one benchmark after the
/// other) wanders. Prints the median throughput of each, the median ratio and its range over the rounds, and allocation
/// per call. <c>scripts/bench.sh --interleaved</c>, <c>scripts/bench.sh --against COMMIT</c>.
/// </summary>
internal static class InterleavedComparison
{
    private const int Rounds = 9;
    private const int SlicesPerRound = 10;
    private const int SliceBytes = 3_000_000;

    public static void Run(TextWriter output, EngineBuild before, EngineBuild now)
    {
        output.WriteLine($"Interleaved, engine {now.Name} against {before.Name}: {Rounds} rounds of {SlicesPerRound} slices of ~{SliceBytes / 1_000_000} MB each.");
        output.WriteLine($"load average before: {LoadAverage()}");
        output.WriteLine();
        output.WriteLine($"| | message | {before.Name} | {now.Name} | {now.Name} / {before.Name} (median, range) | allocated {before.Name} → {now.Name} |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var validate in new[] { true, false })
        {
            foreach (var apdu in P1Corpus.Workload)
            {
                Compare(output, validate, apdu, before, now);
            }
        }

        output.WriteLine();
        output.WriteLine($"load average after: {LoadAverage()}");
    }

    private static void Compare(TextWriter output, bool validate, CorpusApdu apdu, EngineBuild beforeBuild, EngineBuild nowBuild)
    {
        var bytes = apdu.Bytes;
        var beforeLoop = validate ? beforeBuild.Validate : beforeBuild.Decode;
        var nowLoop = validate ? nowBuild.Validate : nowBuild.Decode;
        Action<int> before = calls => beforeLoop(bytes, calls);
        Action<int> now = calls => nowLoop(bytes, calls);
        var slice = Math.Max(1, SliceBytes / bytes.Length);

        // Warm-up: long enough for tiered compilation to settle both (dynamic PGO included).
        foreach (var run in new[] { before, now })
        {
            var warm = Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 800)
            {
                run(1000);
            }
        }

        var beforeRates = new double[Rounds];
        var nowRates = new double[Rounds];
        var ratios = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            long beforeTicks = 0, nowTicks = 0;
            for (var s = 0; s < SlicesPerRound; s++)
            {
                var beforeFirst = s % 2 == 0;
                var first = Time(beforeFirst ? before : now, slice);
                var second = Time(beforeFirst ? now : before, slice);
                beforeTicks += beforeFirst ? first : second;
                nowTicks += beforeFirst ? second : first;
            }

            var megabytes = (double)slice * SlicesPerRound * bytes.Length / 1e6;
            beforeRates[round] = megabytes / ((double)beforeTicks / Stopwatch.Frequency);
            nowRates[round] = megabytes / ((double)nowTicks / Stopwatch.Frequency);
            ratios[round] = nowRates[round] / beforeRates[round];
        }

        Array.Sort(beforeRates);
        Array.Sort(nowRates);
        Array.Sort(ratios);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {(validate ? "Validate" : "Decode")} | {apdu.Name} ({bytes.Length} B) | {beforeRates[Rounds / 2]:F0} MB/s | {nowRates[Rounds / 2]:F0} MB/s "
            + $"| {ratios[Rounds / 2]:F2}x ({ratios[0]:F2}–{ratios[^1]:F2}) | {Allocated(before)} B → {Allocated(now)} B |"));
    }

    private static long Time(Action<int> run, int calls)
    {
        var start = Stopwatch.GetTimestamp();
        run(calls);
        return Stopwatch.GetTimestamp() - start;
    }

    private static long Allocated(Action<int> run)
    {
        var start = GC.GetAllocatedBytesForCurrentThread();
        run(100);
        return (GC.GetAllocatedBytesForCurrentThread() - start) / 100;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
