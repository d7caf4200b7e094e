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
        Assert.All(manifest.Files, f => Assert.Equal(Sp4, f.FileVersion));
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
    public async Task BuildUnsigned_SameEngineTwice_IdenticalBytesAndBothSignedPackagesVerify()
    {
        var first = HotfixPackageBuilder.BuildUnsigned(PackageFixture.EnginePath);
        var second = HotfixPackageBuilder.BuildUnsigned(PackageFixture.EnginePath);
        Assert.Equal(first, second);

        var rebuilt = await HotfixPackageBuilder.BuildAsync(PackageFixture.EnginePath, fixture.NewFolder(), fixture.Trusted);
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

        var built = await HotfixPackageBuilder.BuildAsync(PackageFixture.EnginePath, folder, fixture.Trusted);

        await HotfixPackageVerifier.OpenAsync(built.PackagePath, [fixture.TrustedFingerprint]);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task BuildAsync_EngineMissing_RefusedWithPkg032()
    {
        var missing = Path.Combine(fixture.NewFolder(), "Patcher.X411.dll");

        var refusal = await Assert.ThrowsAsync<HotfixPackageException>(() => HotfixPackageBuilder.BuildAsync(missing, fixture.NewFolder(), fixture.Trusted));

        Assert.Equal(HotfixPackageErrorCodes.BuildInputMissing, refusal.Code);
    }
}
