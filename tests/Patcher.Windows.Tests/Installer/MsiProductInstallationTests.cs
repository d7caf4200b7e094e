using Patcher.Windows.Installer;

namespace Patcher.Windows.Tests.Installer;

public sealed class MsiProductInstallationTests
{
    [Fact]
    public void GetProducts_UpgradeCodeNothingWasInstalledWith_IsEmpty() =>
        // Off Windows there is no msi.dll, so always empty; on Windows, a fresh code matches no installed product.
        Assert.Empty(MsiProductInstallation.GetProducts(Guid.NewGuid()));

    [Fact]
    public void ToRegistryFormat_IsUpperCaseInBraces() =>
        Assert.Equal("{6A1C7E10-2B3F-4D5E-8F90-A1B2C3D4E5F6}", MsiProductInfo.ToRegistryFormat(Guid.Parse("6a1c7e10-2b3f-4d5e-8f90-a1b2c3d4e5f6")));

    [Fact]
    public void ToRegistryFormat_FitsTheEnumerationBuffer() =>
        Assert.Equal(38, MsiProductInfo.ToRegistryFormat(Guid.NewGuid()).Length); // + terminator = Msi.GuidBufferLength (39)

    [Theory]
    [InlineData("1.0.0", "1.0.0")]
    [InlineData("5.5.2653.23", "5.5.2653.23")]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("1.x", null)]
    public void ParseVersion_VersionString_IsVersionOrNull(string? text, string? expected) =>
        Assert.Equal(expected is null ? null : Version.Parse(expected), MsiProductInfo.ParseVersion(text));

    [Theory]
    [InlineData("20260115", 2026, 1, 15)]
    [InlineData("19991231", 1999, 12, 31)]
    public void ParseInstallDate_YyyyMmDd_IsTheDate(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), MsiProductInfo.ParseInstallDate(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2026-01-15")]
    [InlineData("20261315")]
    public void ParseInstallDate_Malformed_IsNull(string? text) => Assert.Null(MsiProductInfo.ParseInstallDate(text));
}
