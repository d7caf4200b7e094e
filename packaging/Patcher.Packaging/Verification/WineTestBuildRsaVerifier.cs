#if PATCHER_WINE_TEST_BUILD
// The Wine suite's test-only build (dotnet build -p:PatcherWineTestBuild=true): never in a shipped build. installer/build.sh
// publishes with PatcherWineTestBuild=false and refuses a publish folder holding this type; an installer test reads
// Patcher.Packaging.dll out of the built MSI and proves it absent (tests/Patcher.Installer.Tests/WineSeamTests.cs).
using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Patcher.Packaging.Verification;

/// <summary>
/// A managed PKCS#1 v1.5 RSA verifier of a package's CMS signature, for the Wine suite only: Wine 8's bcrypt cannot verify
/// an RSA signature ("unsupported algorithm"), so NuGet refuses every package there (NU3012) and the shipped agent says
/// PKG015. In the test-only build, and only when <c>RsaSelfTest</c> reports that the platform cannot do RSA and
/// NuGet's only objection is that failed check, the signature is verified here instead: the signer's RSA public key
/// (parsed from its certificate), the signature over the DER of the signed attributes (s^e mod n, the EMSA-PKCS1-v1_5
/// encoding of their SHA-2 digest compared whole), the messageDigest attribute against the digest of the signed content,
/// the contentType attribute, and what NuGet would have checked after the signature (key size, digest algorithm, the
/// certificate's validity now and its code-signing usage). The package's integrity (NU3008) and the trusted-signer
/// fingerprint are still checked by <c>PackageSignatureCheck</c>: nothing is bypassed.
/// </summary>
internal static class WineTestBuildRsaVerifier
{
    /// <summary>NuGet's code for a signature its platform call could not verify: the only objection the managed verifier answers.</summary>
    public static readonly IReadOnlySet<string> AnsweredCodes = new HashSet<string>(StringComparer.Ordinal) { "NU3012" };

    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string ContentTypeAttribute = "1.2.840.113549.1.9.3";
    private const string MessageDigestAttribute = "1.2.840.113549.1.9.4";
    private const string CodeSigningUsage = "1.3.6.1.5.5.7.3.3";

    private static readonly Dictionary<string, (HashAlgorithmName Name, string WithRsa)> Digests = new(StringComparer.Ordinal)
    {
        ["2.16.840.1.101.3.4.2.1"] = (HashAlgorithmName.SHA256, "1.2.840.113549.1.1.11"),
        ["2.16.840.1.101.3.4.2.2"] = (HashAlgorithmName.SHA384, "1.2.840.113549.1.1.12"),
        ["2.16.840.1.101.3.4.2.3"] = (HashAlgorithmName.SHA512, "1.2.840.113549.1.1.13"),
    };

    /// <summary>Null when the CMS signature verifies; else why not.</summary>
    public static string? Problem(SignedCms cms, DateTimeOffset now)
    {
        try
        {
            return ProblemOf(cms, now);
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException or InvalidOperationException)
        {
            return $"the signature cannot be read ({e.Message})";
        }
    }

    private static string? ProblemOf(SignedCms cms, DateTimeOffset now)
    {
        if (cms.SignerInfos.Count != 1)
        {
            return $"{cms.SignerInfos.Count} signers (one expected)";
        }

        var certificate = cms.SignerInfos[0].Certificate;
        if (certificate is null)
        {
            return "the signer's certificate is not in the signature";
        }

        var signer = ReadSignerInfo(cms.Encode());
        if (!Digests.TryGetValue(signer.DigestAlgorithm, out var digest))
        {
            return $"digest algorithm {signer.DigestAlgorithm} is not SHA-256, SHA-384 or SHA-512";
        }

        if (signer.SignatureAlgorithm != RsaEncryption && signer.SignatureAlgorithm != digest.WithRsa)
        {
            return $"signature algorithm {signer.SignatureAlgorithm} is not RSA PKCS#1 v1.5 with the signer's digest";
        }

        if (signer.SignedAttributes is not { } signedAttributes)
        {
            return "the signature has no signed attributes";
        }

        // The content type and message digest attributes bind the signed attributes to the content.
        var (contentType, messageDigest) = ReadBindingAttributes(signedAttributes);
        if (contentType != signer.ContentType)
        {
            return $"the contentType attribute ({contentType ?? "none"}) is not the content's type ({signer.ContentType})";
        }

        var contentDigest = Hash(digest.Name, signer.Content);
        if (messageDigest is null || !CryptographicOperations.FixedTimeEquals(messageDigest, contentDigest))
        {
            return "the messageDigest attribute is not the digest of the signed content";
        }

        var (modulus, exponent, bits) = ReadRsaPublicKey(certificate.RawData);
        if (bits < 2048)
        {
            return $"the signer's RSA key has {bits} bits (at least 2048 expected)";
        }

        // The signature is over the DER of the signed attributes as a SET OF (tag 0x31), not their [0] IMPLICIT form.
        var signedBytes = signedAttributes.ToArray();
        signedBytes[0] = 0x31;
        if (!Pkcs1V15Verifies(modulus, exponent, (bits + 7) / 8, digest.Name, Hash(digest.Name, signedBytes), signer.Signature))
        {
            return "the RSA signature does not verify against the signer's public key";
        }

        if (now < certificate.NotBefore || now > certificate.NotAfter)
        {
            return $"the signer's certificate is not valid now (valid {certificate.NotBefore:u} to {certificate.NotAfter:u})";
        }

        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(e => e.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>()).Select(o => o.Value).ToArray();
        if (usages.Length > 0 && !usages.Contains(CodeSigningUsage))
        {
            return "the signer's certificate is not for code signing";
        }

        return null;
    }

    /// <summary>EMSA-PKCS1-v1_5: 00 01 FF.. 00 DigestInfo(hash), compared whole with s^e mod n.</summary>
    internal static bool Pkcs1V15Verifies(BigInteger modulus, BigInteger exponent, int length, HashAlgorithmName name, byte[] hash, byte[] signature)
    {
        var s = new BigInteger(signature, isUnsigned: true, isBigEndian: true);
        if (signature.Length != length || s >= modulus)
        {
            return false;
        }

        var recovered = BigInteger.ModPow(s, exponent, modulus).ToByteArray(isUnsigned: true, isBigEndian: true);
        var encoded = new byte[length];
        recovered.CopyTo(encoded, length - recovered.Length);
        var digestInfo = DigestInfo(name, hash);
        var expected = new byte[length];
        expected[1] = 0x01;
        expected.AsSpan(2, length - 3 - digestInfo.Length).Fill(0xFF);
        digestInfo.CopyTo(expected, length - digestInfo.Length);
        return length >= digestInfo.Length + 11 && CryptographicOperations.FixedTimeEquals(encoded, expected);
    }

    private static byte[] DigestInfo(HashAlgorithmName name, byte[] hash)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(Digests.Single(d => d.Value.Name == name).Key);
                writer.WriteNull();
            }

            writer.WriteOctetString(hash);
        }

        return writer.Encode();
    }

    private static byte[] Hash(HashAlgorithmName name, byte[] data) =>
        name == HashAlgorithmName.SHA256 ? SHA256.HashData(data) : name == HashAlgorithmName.SHA384 ? SHA384.HashData(data) : SHA512.HashData(data);

    private sealed record SignerInfoParts(
        string ContentType, byte[] Content, string DigestAlgorithm, ReadOnlyMemory<byte>? SignedAttributes, string SignatureAlgorithm, byte[] Signature);

    /// <summary>ContentInfo → SignedData → its one SignerInfo, keeping the signed attributes' bytes as they were signed.</summary>
    private static SignerInfoParts ReadSignerInfo(byte[] cms)
    {
        var contentInfo = new AsnReader(cms, AsnEncodingRules.BER).ReadSequence();
        contentInfo.ReadObjectIdentifier();
        var signedData = contentInfo.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
        signedData.ReadInteger();
        signedData.ReadSetOf();
        var encapsulated = signedData.ReadSequence();
        var contentType = encapsulated.ReadObjectIdentifier();
        var content = encapsulated.HasData
            ? encapsulated.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadOctetString()
            : throw new InvalidOperationException("the signature is detached: no signed content");
        if (signedData.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
        {
            signedData.ReadEncodedValue(); // certificates
        }

        if (signedData.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 1)))
        {
            signedData.ReadEncodedValue(); // crls
        }

        var signerInfo = signedData.ReadSetOf().ReadSequence();
        signerInfo.ReadInteger();
        signerInfo.ReadEncodedValue(); // sid
        var digestAlgorithm = signerInfo.ReadSequence().ReadObjectIdentifier();
        ReadOnlyMemory<byte>? signedAttributes = null;
        if (signerInfo.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
        {
            signedAttributes = signerInfo.ReadEncodedValue();
        }

        var signatureAlgorithm = signerInfo.ReadSequence().ReadObjectIdentifier();
        var signature = signerInfo.ReadOctetString();
        return new SignerInfoParts(contentType, content, digestAlgorithm, signedAttributes, signatureAlgorithm, signature);
    }

    private static (string? ContentType, byte[]? MessageDigest) ReadBindingAttributes(ReadOnlyMemory<byte> signedAttributes)
    {
        string? contentType = null;
        byte[]? messageDigest = null;
        var attributes = new AsnReader(signedAttributes, AsnEncodingRules.DER).ReadSetOf(new Asn1Tag(TagClass.ContextSpecific, 0));
        while (attributes.HasData)
        {
            var attribute = attributes.ReadSequence();
            var type = attribute.ReadObjectIdentifier();
            var values = attribute.ReadSetOf();
            if (type == ContentTypeAttribute)
            {
                contentType = contentType is null ? values.ReadObjectIdentifier() : throw new InvalidOperationException("two contentType attributes");
            }
            else if (type == MessageDigestAttribute)
            {
                messageDigest = messageDigest is null ? values.ReadOctetString() : throw new InvalidOperationException("two messageDigest attributes");
            }
            else
            {
                continue;
            }

            if (values.HasData)
            {
                throw new InvalidOperationException($"attribute {type} has more than one value");
            }
        }

        return (contentType, messageDigest);
    }

    /// <summary>The certificate's SubjectPublicKeyInfo, read as an RSA public key (n, e) with its size in bits.</summary>
    private static (BigInteger Modulus, BigInteger Exponent, int Bits) ReadRsaPublicKey(byte[] certificate)
    {
        var tbs = new AsnReader(certificate, AsnEncodingRules.DER).ReadSequence().ReadSequence();
        if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
        {
            tbs.ReadEncodedValue(); // version
        }

        tbs.ReadEncodedValue(); // serialNumber
        tbs.ReadEncodedValue(); // signature
        tbs.ReadEncodedValue(); // issuer
        tbs.ReadEncodedValue(); // validity
        tbs.ReadEncodedValue(); // subject
        var spki = tbs.ReadSequence();
        var algorithm = spki.ReadSequence().ReadObjectIdentifier();
        if (algorithm != RsaEncryption)
        {
            throw new InvalidOperationException($"the signer's key is not RSA ({algorithm})");
        }

        var key = new AsnReader(spki.ReadBitString(out _), AsnEncodingRules.DER).ReadSequence();
        var modulus = key.ReadInteger();
        var exponent = key.ReadInteger();
        if (modulus.Sign <= 0 || exponent.Sign <= 0)
        {
            throw new InvalidOperationException("the signer's RSA key is malformed");
        }

        return (modulus, exponent, (int)modulus.GetBitLength());
    }
}
#endif
