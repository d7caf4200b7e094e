using NuGet.Packaging;
using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;
using Patcher.Packaging.Building;
using Patcher.Packaging.Signing;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.WineSeam.Tests;

/// <summary>The managed verifier on the primary signature of a real hotfix package, signed as `patcher package build` signs it.</summary>
public sealed class NuGetPackageTests
{
    [Fact]
    public async Task A_built_packages_signature_verifies_and_a_flipped_bit_does_not()
    {
        var folder = Directory.CreateTempSubdirectory("patcher-wine-seam-").FullName;
        try
        {
            foreach (var name in new[] { "EMSMTA.EXE", "X400OM.DLL" })
            {
                var spec = PeImageSpec.ForExchangeFile(name, FileVersion.Parse("5.5.2651.69")) with { Machine = PeMachine.I386 };
                File.WriteAllBytes(Path.Combine(folder, name), PeImageWriter.Build(spec));
            }

            using var certificate = DevelopmentCertificate.Create(TimeProvider.System);
            var built = await HotfixPackageBuilder.BuildAsync(VendorPayload.Read(folder), Path.Combine(folder, "out"), certificate);
            using var reader = new PackageArchiveReader(built.PackagePath);
            var signature = await reader.GetPrimarySignatureAsync(CancellationToken.None);
            Assert.NotNull(signature);
            Assert.Null(WineTestBuildRsaVerifier.Problem(signature.SignedCms, DateTimeOffset.UtcNow));

            var encoded = signature.SignedCms.Encode();
            var tampered = (byte[])encoded.Clone();
            var at = encoded.AsSpan().IndexOf(signature.SignerInfo.GetSignature());
            tampered[at + 7] ^= 0x80;
            var cms = new System.Security.Cryptography.Pkcs.SignedCms();
            cms.Decode(tampered);
            Assert.Equal("the RSA signature does not verify against the signer's public key", WineTestBuildRsaVerifier.Problem(cms, DateTimeOffset.UtcNow));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
