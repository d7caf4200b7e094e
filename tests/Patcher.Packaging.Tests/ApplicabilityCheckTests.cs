using Patcher.Core.Packages;
using Patcher.Core.Versioning;
using Patcher.Packaging.Building;

namespace Patcher.Packaging.Tests;

public sealed class PackageApplicabilityCheckTests
{
    private static readonly Lazy<HotfixManifest> Manifest = new(() => HotfixPackageBuilder.CreateManifest(PackageFixture.Content));

    [Theory]
    [InlineData("5.5.1960.3")]  // RTM
    [InlineData("5.5.2232.18")] // SP1
    [InlineData("5.5.2650.24")] // SP3
    [InlineData("5.5.2651.69")] // the hotfix itself: brought to the SP4 build
    [InlineData("5.5.2653.22")]
    public void Check_SupportedBuild_IsApplicable(string version)
    {
        var result = PackageApplicabilityCheck.Check(Manifest.Value, FileVersion.Parse(version));

        Assert.True(result.IsApplicable, result.Reason);
        Assert.Null(result.Code);
    }

    [Theory]
    [InlineData("5.5.2653.23", "PKG042")] // SP4: never downgrade
    [InlineData("5.5.2656.4", "PKG042")]
    [InlineData("5.5.1959.0", "PKG041")]
    [InlineData("5.0.1460.8", "PKG040")]   // Exchange 5.0
    [InlineData("6.0.4417.0", "PKG040")]   // Exchange 2000
    public void Check_BuildOutOfRange_RefusedWithCode(string version, string code)
    {
        var result = PackageApplicabilityCheck.Check(Manifest.Value, FileVersion.Parse(version));

        Assert.False(result.IsApplicable);
        Assert.Equal(code, result.Code);
        Assert.Contains(version, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherProduct_RefusedAsWrongProduct()
    {
        var result = PackageApplicabilityCheck.Check(Manifest.Value, FileVersion.Parse("5.5.2650.24"), "Exchange 5.5 Information Store");

        Assert.Equal(PackageApplicabilityCodes.WrongProduct, result.Code);
    }

    [Fact]
    public void Check_SameProductAnyCase_IsApplicable() =>
        Assert.True(PackageApplicabilityCheck.Check(Manifest.Value, FileVersion.Parse("5.5.2650.24"), "exchange 5.5 mta").IsApplicable);
}
