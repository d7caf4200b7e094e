using Patcher.Core.Versioning;
using Patcher.Lab.Packages;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Tests.Lab;

/// <summary>The lab package (Patcher.Lab), tested here because Patcher.Lab.Tests builds only with the agent.</summary>
[Collection(SharedPackages.Name)]
public sealed class LabHotfixPackageTests(PackageFixture fixture)
{
    [Fact]
    public async Task BuildAsync_Engine_LabOnlyPackageWithItsOwnIdentityAndI386Sp4Files()
    {
        var built = await LabHotfixPackage.BuildAsync(PackageFixture.EnginePath, fixture.NewFolder(), fixture.Trusted);

        var package = await HotfixPackageVerifier.OpenAsync(built.PackagePath, [fixture.TrustedFingerprint]);
        Assert.Equal("Patcher.Hotfix.Q248732.Lab.1.0.0.nupkg", Path.GetFileName(package.PackagePath));
        Assert.Equal("Patcher.Hotfix.Q248732.Lab", package.Manifest.PackageId);
        Assert.True(package.Manifest.LabOnly);
        Assert.Equal(["payload/i386/EMSMTA.EXE", "payload/i386/X400OM.DLL"], package.Manifest.Files.Select(f => f.Source));
        Assert.All(package.Manifest.Files, f => Assert.Equal(new FileVersion(5, 5, 2653, 23), f.FileVersion));
        Assert.All(package.Manifest.Files, f => Assert.Equal(PeMachine.I386, f.Machine));
    }

    [Fact]
    public void BuildUnsigned_SameEngineTwice_IdenticalBytes() =>
        Assert.Equal(LabHotfixPackage.BuildUnsigned(PackageFixture.EnginePath), LabHotfixPackage.BuildUnsigned(PackageFixture.EnginePath));

    [Fact]
    public async Task BuildAsync_EngineMissing_RefusedWithPkg032()
    {
        var missing = Path.Combine(fixture.NewFolder(), "Patcher.X411.dll");

        var refusal = await Assert.ThrowsAsync<HotfixPackageException>(() => LabHotfixPackage.BuildAsync(missing, fixture.NewFolder(), fixture.Trusted));

        Assert.Equal(HotfixPackageErrorCodes.BuildInputMissing, refusal.Code);
    }
}
