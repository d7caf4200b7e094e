using Patcher.Lab.Hosts;

namespace Patcher.Lab.Tests.Hosts;

public sealed class LabQueueBuilderTests
{
    [Theory]
    [InlineData(5, 1, new[] { 2 })]
    [InlineData(6, 2, new[] { 1, 4 })]
    [InlineData(3, 3, new[] { 0, 1, 2 })]
    [InlineData(4, 0, new int[0])]
    public void PoisonIndexes_SpreadsPoisonEvenlyAndDeterministically(int count, int poison, int[] expected) =>
        Assert.Equal(expected, LabQueueBuilder.PoisonIndexes(count, poison));

    [Fact]
    public void FileName_SortsInQueueOrder() =>
        Assert.True(string.CompareOrdinal(LabQueueBuilder.FileName(8), LabQueueBuilder.FileName(9)) < 0 && LabQueueBuilder.FileName(9) == "000010.p1");
}
