using System.Diagnostics;
using System.Globalization;
using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Decoding;

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
        var decode = operation == "decode";
        // A second's warm-up first, so that what is timed (and sampled) is the fully optimized code.
        Loop(bytes, decode, 1);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var calls = Loop(bytes, decode, seconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var megabytes = (double)calls * bytes.Length / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{operation} {message}: {calls:N0} calls in {clock.Elapsed.TotalSeconds:F1} s, {megabytes / clock.Elapsed.TotalSeconds:F0} MB/s, {(double)allocated / calls:F0} B allocated per call"));
        return 0;
    }

    private static long Loop(byte[] bytes, bool decode, double seconds)
    {
        long calls = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 10_000; i++)
            {
                if (decode)
                {
                    P1Decoder.Decode(bytes);
                }
                else
                {
                    P1Decoder.Validate(bytes);
                }
            }

            calls += 10_000;
        }

        return calls;
    }
}
