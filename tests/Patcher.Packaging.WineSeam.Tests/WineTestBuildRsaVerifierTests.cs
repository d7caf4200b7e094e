using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.WineSeam.Tests;

/// <summary>
/// The test build's managed RSA verifier against .NET's own CMS signing: a good signature verifies; a flipped bit in the
/// signature, the signed attributes or the content does not; nor a signer NuGet would refuse (short key, expired, not for
/// code signing, SHA-1).
/// </summary>
public sealed class WineTestBuildRsaVerifierTests
{
    private static readonly byte[] Content = Encoding.ASCII.GetBytes("Version:1\n\n2.16.840.1.101.3.4.2.1-Hash:3q2+7w==\n\n");
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void A_good_signature_verifies()
    {
        using var certificate = Certificate();
        Assert.Null(WineTestBuildRsaVerifier.Problem(Decode(Sign(certificate)), Now));
    }

    [Theory]
    [InlineData(3072)]
    [InlineData(4096)]
    public void Larger_keys_verify(int bits)
    {
        using var certificate = Certificate(bits);
        Assert.Null(WineTestBuildRsaVerifier.Problem(Decode(Sign(certificate)), Now));
    }

    [Fact]
    public void A_flipped_bit_in_the_signature_fails()
    {
        using var certificate = Certificate();
        var cms = Sign(certificate);
        var signature = Decode(cms).SignerInfos[0].GetSignature();
        var problem = WineTestBuildRsaVerifier.Problem(Decode(Flip(cms, signature, signature.Length / 2)), Now);
        Assert.Equal("the RSA signature does not verify against the signer's public key", problem);
    }

    [Fact]
    public void A_flipped_bit_in_the_signed_attributes_fails()
    {
        using var certificate = Certificate();
        var cms = Sign(certificate);
        // The signing time's last digit before 'Z': still a valid UTCTime, a different signed attribute.
        var signingTime = Decode(cms).SignerInfos[0].SignedAttributes.Cast<CryptographicAttributeObject>()
            .Single(a => a.Oid.Value == "1.2.840.113549.1.9.5").Values[0].RawData;
        var problem = WineTestBuildRsaVerifier.Problem(Decode(Flip(cms, signingTime, signingTime.Length - 2)), Now);
        Assert.Equal("the RSA signature does not verify against the signer's public key", problem);
    }

    [Fact]
    public void A_flipped_bit_in_the_message_digest_attribute_fails()
    {
        using var certificate = Certificate();
        var cms = Sign(certificate);
        var digest = SHA256.HashData(Content);
        var problem = WineTestBuildRsaVerifier.Problem(Decode(Flip(cms, digest, 0)), Now);
        Assert.Equal("the messageDigest attribute is not the digest of the signed content", problem);
    }

    [Fact]
    public void A_flipped_bit_in_the_content_fails()
    {
        using var certificate = Certificate();
        var cms = Sign(certificate);
        var problem = WineTestBuildRsaVerifier.Problem(Decode(Flip(cms, Content, 3)), Now);
        Assert.Equal("the messageDigest attribute is not the digest of the signed content", problem);
    }

    [Fact]
    public void Another_keys_signature_fails()
    {
        using var signer = Certificate();
        using var other = Certificate();
        var cms = Sign(signer);
        var forged = Sign(other);
        // The other key's signature over the same signed attributes is not the signer's: swap it in.
        var swapped = Replace(cms, Decode(cms).SignerInfos[0].GetSignature(), Decode(forged).SignerInfos[0].GetSignature());
        Assert.Equal("the RSA signature does not verify against the signer's public key", WineTestBuildRsaVerifier.Problem(Decode(swapped), Now));
    }

    [Fact]
    public void A_signer_NuGet_would_refuse_fails()
    {
        using var shortKey = Certificate(1024);
        Assert.Equal("the signer's RSA key has 1024 bits (at least 2048 expected)", WineTestBuildRsaVerifier.Problem(Decode(Sign(shortKey)), Now));

        using var certificate = Certificate();
        Assert.StartsWith("the signer's certificate is not valid now", WineTestBuildRsaVerifier.Problem(Decode(Sign(certificate)), Now.AddYears(3)), StringComparison.Ordinal);

        using var serverAuth = Certificate(usage: "1.3.6.1.5.5.7.3.1");
        Assert.Equal("the signer's certificate is not for code signing", WineTestBuildRsaVerifier.Problem(Decode(Sign(serverAuth)), Now));

        Assert.Equal(
            "digest algorithm 1.3.14.3.2.26 is not SHA-256, SHA-384 or SHA-512",
            WineTestBuildRsaVerifier.Problem(Decode(Sign(certificate, new Oid("1.3.14.3.2.26"))), Now));
    }

    [Fact]
    public void No_signed_attributes_fails()
    {
        using var certificate = Certificate();
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") };
        var cms = new SignedCms(new ContentInfo(Content));
        cms.ComputeSignature(signer);
        // Nothing added to the signed attributes and data content: .NET signs the content itself, with no attributes.
        Assert.Equal("the signature has no signed attributes", WineTestBuildRsaVerifier.Problem(Decode(cms.Encode()), Now));
    }

    [Fact]
    public void The_pkcs1_check_agrees_with_the_platform()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(false);
        var modulus = new BigInteger(parameters.Modulus, isUnsigned: true, isBigEndian: true);
        var exponent = new BigInteger(parameters.Exponent, isUnsigned: true, isBigEndian: true);
        for (var i = 0; i < 20; i++)
        {
            var hash = SHA256.HashData(BitConverter.GetBytes(i));
            var signature = rsa.SignHash(hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            Assert.True(WineTestBuildRsaVerifier.Pkcs1V15Verifies(modulus, exponent, 256, HashAlgorithmName.SHA256, hash, signature));
            hash[i % hash.Length] ^= 1;
            Assert.False(WineTestBuildRsaVerifier.Pkcs1V15Verifies(modulus, exponent, 256, HashAlgorithmName.SHA256, hash, signature));
            Assert.False(rsa.VerifyHash(hash, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }

        // A signature not smaller than the modulus, or of the wrong length, is refused before any arithmetic.
        Assert.False(WineTestBuildRsaVerifier.Pkcs1V15Verifies(modulus, exponent, 256, HashAlgorithmName.SHA256, new byte[32], parameters.Modulus!));
        Assert.False(WineTestBuildRsaVerifier.Pkcs1V15Verifies(modulus, exponent, 256, HashAlgorithmName.SHA256, new byte[32], new byte[255]));
    }

    private static X509Certificate2 Certificate(int bits = 2048, string usage = "1.3.6.1.5.5.7.3.3")
    {
        using var key = RSA.Create(bits);
        var request = new CertificateRequest("CN=Patcher Wine seam test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
    }

    private static byte[] Sign(X509Certificate2 certificate, Oid? digest = null)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = digest ?? new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(DateTime.UtcNow));
        var cms = new SignedCms(new ContentInfo(Content), detached: false);
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    private static SignedCms Decode(byte[] encoded)
    {
        var cms = new SignedCms();
        cms.Decode(encoded);
        return cms;
    }

    /// <summary>The encoding with one bit flipped at <paramref name="index"/> of the one occurrence of <paramref name="part"/>.</summary>
    private static byte[] Flip(byte[] encoded, byte[] part, int index)
    {
        var at = Occurrence(encoded, part);
        var copy = (byte[])encoded.Clone();
        copy[at + index] ^= 0x01;
        return copy;
    }

    private static byte[] Replace(byte[] encoded, byte[] part, byte[] with)
    {
        Assert.Equal(part.Length, with.Length);
        var copy = (byte[])encoded.Clone();
        with.CopyTo(copy, Occurrence(encoded, part));
        return copy;
    }

    private static int Occurrence(byte[] encoded, byte[] part)
    {
        var at = encoded.AsSpan().IndexOf(part);
        Assert.True(at >= 0 && encoded.AsSpan(at + 1).IndexOf(part) < 0, "the part occurs once");
        return at;
    }
}
