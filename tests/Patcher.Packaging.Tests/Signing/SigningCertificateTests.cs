using System.Security.Cryptography.X509Certificates;
using Patcher.Packaging.Signing;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Tests.Signing;

[Collection(SharedPackages.Name)]
public sealed class SigningCertificateTests(PackageFixture fixture)
{
    [Fact]
    public void Create_DevelopmentCertificate_IsRsa3072CodeSigningWithPrivateKey()
    {
        var certificate = fixture.Trusted;

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(3072, certificate.GetRSAPublicKey()!.KeySize);
        var eku = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single();
        Assert.Equal("1.3.6.1.5.5.7.3.3", Assert.Single(eku.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>()).Value);
        Assert.Equal(certificate.Subject, certificate.Issuer);
    }

    [Fact]
    public void LoadOrCreate_Twice_CreatesOnceThenReusesTheSameIdentity()
    {
        var folder = fixture.NewFolder();
        using var first = DevelopmentCertificate.LoadOrCreate(folder, TimeProvider.System, out var created);
        using var second = DevelopmentCertificate.LoadOrCreate(folder, TimeProvider.System, out var createdAgain);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(CertificateFingerprint.Of(first), CertificateFingerprint.Of(second));
        Assert.True(second.HasPrivateKey);
        Assert.True(File.Exists(Path.Combine(folder, DevelopmentCertificate.FileName)));
    }

    [Fact]
    public void Load_PfxWithPassword_LoadsWithTheRightPasswordOnly()
    {
        var pfx = Path.Combine(fixture.NewFolder(), "prod.pfx");
        File.WriteAllBytes(pfx, fixture.Stranger.Export(X509ContentType.Pkcs12, "s3cret"));

        using var loaded = SigningCertificateFile.Load(pfx, "s3cret");
        var refusal = Assert.Throws<HotfixPackageException>(() => SigningCertificateFile.Load(pfx, "wrong"));

        Assert.Equal(CertificateFingerprint.Of(fixture.Stranger), CertificateFingerprint.Of(loaded));
        Assert.Equal(HotfixPackageErrorCodes.SigningCertificateUnusable, refusal.Code);
        Assert.Contains(SigningCertificateFile.PasswordVariable, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CertificateWithoutPrivateKey_Refused()
    {
        var cer = Path.Combine(fixture.NewFolder(), "public.pfx");
        using var publicOnly = X509CertificateLoader.LoadCertificate(fixture.Stranger.RawData);
        File.WriteAllBytes(cer, publicOnly.Export(X509ContentType.Pkcs12));

        Assert.Equal(HotfixPackageErrorCodes.SigningCertificateUnusable, Assert.Throws<HotfixPackageException>(() => SigningCertificateFile.Load(cer, null)).Code);
    }

    [Theory]
    [InlineData("ab:cd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryNormalize_NotAFingerprint_False(string? text, bool ok) => Assert.Equal(ok, CertificateFingerprint.TryNormalize(text, out _));
}
