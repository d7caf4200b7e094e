using Patcher.X411.Decoding;

namespace Patcher.X411.Tests.Decoding;

public sealed class MeasuredListTests
{
    [Fact]
    public void Members_AllAsLongAsTheFirst_OneArrayOfExactlyTheirNumber()
    {
        static int[] Build()
        {
            var list = default(MeasuredList<int>);
            for (var i = 0; i < 40; i++)
            {
                list.Add(i, 50 * i, 50 * (i + 1), 2000, 32767);
            }

            return list.ToArray();
        }

        Build();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var items = Build();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Enumerable.Range(0, 40), items);
        Assert.True(allocated <= 24 + (40 * sizeof(int)), $"{allocated} B: more than one int[40]");
    }

    [Theory]
    [InlineData(new[] { 44, 44, 46 })]
    [InlineData(new[] { 46, 20, 20, 20, 20, 20 })]
    [InlineData(new[] { 10, 90, 90 })]
    [InlineData(new[] { 1 })]
    public void Members_OfOtherLengths_AllKeptInOrder(int[] lengths)
    {
        var list = default(MeasuredList<int>);
        var listEnd = lengths.Sum();
        var start = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            list.Add(i, start, start + lengths[i], listEnd, 32767);
            start += lengths[i];
        }

        Assert.Equal(Enumerable.Range(0, lengths.Length), list.ToArray());
    }

    /// <summary>A first member of one octet in a list of a million: the array is sized for the list's upper bound, not a million.</summary>
    [Fact]
    public void HostileLength_ArrayNeverLargerThanTheUpperBound()
    {
        var list = default(MeasuredList<long>);
        var before = GC.GetAllocatedBytesForCurrentThread();
        list.Add(1, 0, 1, 1_000_000, 512);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated <= 24 + (512 * sizeof(long)), $"{allocated} B for one member");
        Assert.Equal([1L], list.ToArray());
    }

    [Fact]
    public void NoMembers_AnEmptyArray() => Assert.Empty(default(MeasuredList<string>).ToArray());
}
