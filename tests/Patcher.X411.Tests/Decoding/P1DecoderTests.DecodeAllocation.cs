using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Decoding;

namespace Patcher.X411.Tests.Decoding;

public sealed partial class P1DecoderTests
{
    /// <summary>
    /// Issue 13: Decode allocates at most four times its input on each typical message (one hop, three hops, many
    /// recipients). Counted in bytes on this thread over repeated decodes after a warm-up, as a benchmark's memory
    /// diagnoser counts them: domain names are then shared across APDUs (<c>RecentNames</c>), while surnames and local
    /// identifiers are made anew each time, as they are for an MTA's real traffic. A correctness bound, not a timing.
    /// </summary>
    [Fact]
    public void Decode_TypicalMessages_AllocatesAtMostFourTimesTheInput()
    {
        const int Decodes = 20;
        foreach (var apdu in P1Corpus.Workload)
        {
            for (var warmUp = 0; warmUp < 3; warmUp++)
            {
                Assert.True(P1Decoder.Decode(apdu.Bytes).IsValid, apdu.Name);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Decodes; i++)
            {
                P1Decoder.Decode(apdu.Bytes);
            }

            var perDecode = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Decodes;

            Assert.True(perDecode <= 4 * apdu.Bytes.Length,
                $"{apdu.Name}: {perDecode:F0} B allocated to decode {apdu.Bytes.Length} B ({perDecode / apdu.Bytes.Length:F2}x, at most 4x)");
        }
    }
}
