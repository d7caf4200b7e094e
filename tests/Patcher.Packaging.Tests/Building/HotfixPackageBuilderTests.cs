using System.Security.Cryptography;
using Patcher.Core.Versioning;
using Patcher.Packaging.Building;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Tests.Building;

[Collection(SharedPackages.Name)]
public sealed class HotfixPackageBuilderTests(PackageFixture fixture)
{
    private static readonly FileVersion Sp4 = new(5, 5, 2653, 23);

    [Fact]
    public async Task BuildAsync_DefaultDefinition_VerifiesWithTheSignersFingerprint()
    {
        var package = await HotfixPackageVerifier.OpenAsync(fixture.Built.PackagePath, [fixture.TrustedFingerprint]);

        Assert.Equal(HotfixPackageBuilder.FileName, Path.GetFileName(package.PackagePath));
        Assert.Equal(fixture.TrustedFingerprint, package.SignerFingerprint);
        Assert.Equal(fixture.Built.SignerFingerprint, package.SignerFingerprint);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(package.PackagePath))), package.PackageSha256);
        var manifest = package.Manifest;
        Assert.Equal("Patcher.Hotfix.Q248732", manifest.PackageId);
        Assert.Equal("Q248732", manifest.Baseline.KbArticle);
        Assert.Equal("Exchange 5.5 MTA", manifest.Applicability.Product);
        Assert.Equal(new FileVersion(5, 5, 1960, 3), manifest.Applicability.MinimumVersion);
        Assert.Equal(new FileVersion(5, 5, 2653, 22), manifest.Applicability.MaximumVersion);
        Assert.Equal(["MSExchangeIMC", "MSExchangeDX", "MSExchangeMTA"], manifest.Services.StopOrder);
        Assert.Equal(["MSExchangeMTA", "MSExchangeDX", "MSExchangeIMC"], manifest.Services.StartOrder);
        Assert.Equal(1067, manifest.Verification.ForbiddenExitCode);
        Assert.Equal([7031, 7034], manifest.Verification.ForbiddenEvents);
        Assert.Equal(11, manifest.Verification.ExpectedDiagnostic);
        Assert.Equal([@"BIN\EMSMTA.EXE", @"BIN\X400OM.DLL"], manifest.Files.Select(f => f.Target));
        Assert.Equal(["payload/i386/EMSMTA.EXE", "payload/i386/X400OM.DLL"], manifest.Files.Select(f => f.Source));
        Assert.All(manifest.Files, f => Assert.Equal(Sp4, f.FileVersion));
        Assert.All(manifest.Files, f => Assert.Equal(PeMachine.I386, f.Machine));
        Assert.False(manifest.LabOnly);
    }

    [Fact]
    public async Task CopyPayloadToAsync_EachFile_WritesTheVerifiedBytesAtTheSp4Version()
    {
        var package = await HotfixPackageVerifier.OpenAsync(fixture.Built.PackagePath, [fixture.TrustedFingerprint]);

        foreach (var file in package.Manifest.Files)
        {
            using var copy = new MemoryStream();
            await package.CopyPayloadToAsync(file, copy);
            var bytes = copy.ToArray();
            Assert.Equal(file.Size, bytes.Length);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(Sp4, PeVersionReader.Read(bytes, file.Source).FileVersion);
        }
    }

    [Fact]
    public async Task CopyPayloadToAsync_FileNotInTheManifest_Throws()
    {
        var package = await HotfixPackageVerifier.OpenAsync(fixture.Built.PackagePath, [fixture.TrustedFingerprint]);
        var foreign = package.Manifest.Files[0] with { Target = @"BIN\OTHER.DLL" };

        await Assert.ThrowsAsync<ArgumentException>(() => package.CopyPayloadToAsync(foreign, Stream.Null));
    }

    [Fact]
    public async Task BuildUnsigned_SameContentTwice_IdenticalBytesAndBothSignedPackagesVerify()
    {
        var first = HotfixPackageBuilder.BuildUnsigned(PackageFixture.Content);
        var second = HotfixPackageBuilder.BuildUnsigned(PackageFixture.Content);
        Assert.Equal(first, second);

        var rebuilt = await HotfixPackageBuilder.BuildAsync(PackageFixture.Content, fixture.NewFolder(), fixture.Trusted);
        Assert.Equal(fixture.Built.UnsignedSha256, rebuilt.UnsignedSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), rebuilt.UnsignedSha256);
        await HotfixPackageVerifier.OpenAsync(rebuilt.PackagePath, [fixture.TrustedFingerprint]);
        await HotfixPackageVerifier.OpenAsync(fixture.Built.PackagePath, [fixture.TrustedFingerprint]);
    }

    [Fact]
    public async Task BuildAsync_ExistingPackage_IsReplacedAndVerifies()
    {
        var folder = fixture.NewFolder();
        await File.WriteAllBytesAsync(Path.Combine(folder, HotfixPackageBuilder.FileName), new byte[2_000_000]);

        var built = await HotfixPackageBuilder.BuildAsync(PackageFixture.Content, folder, fixture.Trusted);

        await HotfixPackageVerifier.OpenAsync(built.PackagePath, [fixture.TrustedFingerprint]);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task BuildAsync_HotfixAndAlphaBuilds_OnePackageWithBothBuildsBelowTheHotfix()
    {
        var folder = VendorFiles.NewFolder();
        try
        {
            VendorFiles.WriteBuild(Path.Combine(folder, "i386"), VendorFiles.Hotfix);
            VendorFiles.WriteBuild(Path.Combine(folder, "alpha"), VendorFiles.Hotfix, PeMachine.Alpha);

            var built = await HotfixPackageBuilder.BuildAsync(VendorPayload.Read(folder), fixture.NewFolder(), fixture.Trusted);

            var package = await HotfixPackageVerifier.OpenAsync(built.PackagePath, [fixture.TrustedFingerprint]);
            Assert.Equal(
                ["alpha payload/alpha/EMSMTA.EXE", "alpha payload/alpha/X400OM.DLL", "i386 payload/i386/EMSMTA.EXE", "i386 payload/i386/X400OM.DLL"],
                package.Manifest.Files.Select(f => $"{f.Machine} {f.Source}"));
            Assert.All(package.Manifest.Files, f => Assert.Equal(FileVersion.Parse(VendorFiles.Hotfix), f.FileVersion));
            Assert.Equal(new FileVersion(5, 5, 2651, 68), package.Manifest.Applicability.MaximumVersion);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void CreateManifest_ContentWithoutX400om_RefusedAsHalfPatched()
    {
        var content = PackageFixture.Content with { Files = [PackageFixture.Content.Files[0]] };

        var refusal = Assert.Throws<Patcher.Packaging.Manifest.HotfixManifestException>(() => HotfixPackageBuilder.CreateManifest(content));

        Assert.Equal(Patcher.Packaging.Manifest.HotfixManifestCodes.Inconsistent, refusal.Code);
        Assert.Contains("X400OM.DLL", refusal.Message, StringComparison.Ordinal);
    }
}
