using Patcher.Core.Versioning;
using Patcher.Lab.Hosts;

namespace Patcher.Lab.Tests.Hosts;

public sealed class ExchangeServicePacksTests
{
    [Theory]
    [InlineData("5.5.2651.69", 2650)]
    [InlineData("5.5.2653.15", 2650)]
    [InlineData("5.5.2653.23", 2653)]
    [InlineData("5.5.1000.1", 1000)]
    [InlineData("6.0.6249.0", 6249)]
    public void NewestBuildFor_IsTheServicePackTheVersionBelongsTo(string version, int expected) =>
        Assert.Equal(expected, ExchangeServicePacks.NewestBuildFor(FileVersion.Parse(version)));
}
