using Patcher.X411.Decoding;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Decoding;

public sealed partial class P1DecoderTests
{
    /// <summary>
    /// The path of a rejection is kept in one buffer per thread (<c>ElementPath</c>): many threads rejecting different
    /// APDUs at once each give the path of their own, as one thread alone does.
    /// </summary>
    [Fact]
    public void Validate_ManyThreadsAtOnce_EachRejectionHasItsOwnPath()
    {
        byte[][] inputs =
        [
            SampleApdus.Poison(),
            SampleApdus.Valid()[..100],
            SampleApdus.Probe()[..^5],
            SampleApdus.Report()[..^3],
            [0xA0, 0x80, 0x31, 0x80, 0x30, 0x03, 0x02, 0x01],
        ];
        var alone = inputs.Select(input => P1Decoder.Validate(input).Rejection?.Path).ToArray();
        Assert.All(alone, path => Assert.False(string.IsNullOrEmpty(path)));
        Assert.True(alone.Length == alone.Distinct().Count(), string.Join(" | ", alone)); // distinct: a path from another thread's input would show

        // One thread per input, all at once, each checking every path it gets.
        var wrong = new int[inputs.Length];
        var threads = inputs.Select((input, n) => new Thread(() =>
        {
            for (var round = 0; round < 20_000; round++)
            {
                if (P1Decoder.Validate(input).Rejection?.Path != alone[n])
                {
                    wrong[n]++;
                }
            }
        })).ToArray();
        Array.ForEach(threads, thread => thread.Start());
        Array.ForEach(threads, thread => thread.Join());

        Assert.All(wrong, count => Assert.Equal(0, count));
    }
}
