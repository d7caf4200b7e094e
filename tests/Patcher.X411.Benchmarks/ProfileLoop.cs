using System.Diagnostics;
using System.Globalization;
using Patcher.X411.Benchmarks.Corpus;

namespace Patcher.X411.Benchmarks;

/// <summary>
/// One engine call on one workload message, in a loop for a given time, for a profiler to sample
/// (<c>scripts/bench.sh --profile decode one-hop 20</c>, which runs it under <c>perf record</c> when perf is present).
/// Prints the throughput it saw, so that a profile can be matched to a speed.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(TextWriter output, string operation, string message, double seconds)
    {
        var apdu = P1Corpus.Workload.FirstOrDefault(a => a.Name == message);
        if (apdu is null || operation is not ("validate" or "decode"))
        {
            output.WriteLine($"usage: --profile validate|decode {string.Join('|', P1Corpus.Workload.Select(a => a.Name))} [seconds]");
            return 2;
        }

        var bytes = apdu.Bytes;
        var engine = operation == "decode" ? EngineBuild.Current.Decode : EngineBuild.Current.Validate;
        // A second's warm-up first, so that what is timed (and sampled) is the fully optimized code.
        Loop(bytes, engine, 1);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var calls = Loop(bytes, engine, seconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var megabytes = (double)calls * bytes.Length / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{operation} {message}: {calls:N0} calls in {clock.Elapsed.TotalSeconds:F1} s, {megabytes / clock.Elapsed.TotalSeconds:F0} MB/s, {(double)allocated / calls:F0} B allocated per call"));
        return 0;
    }

    /// <summary>The build's own loop (<see cref="EngineBuild"/>), 10,000 calls at a time until <paramref name="seconds"/> have passed.</summary>
    private static long Loop(byte[] bytes, Action<byte[], int> engine, double seconds)
    {
        long calls = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            engine(bytes, 10_000);
            calls += 10_000;
        }

        return calls;
    }
}
