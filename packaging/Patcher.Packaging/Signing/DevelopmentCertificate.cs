using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Patcher.Packaging.Signing;

/// <summary>
/// The development code-signing certificate: self-signed, RSA 3072, code-signing EKU, kept as a PFX (no password) so every
/// development build is signed by the same identity. For development only: production signs with a real certificate.
/// </summary>
public static class DevelopmentCertificate
{
    /// <summary>The PFX's file name under the signing folder (<c>artifacts/signing/</c>).</summary>
    public const string FileName = "patcher-development-signing.pfx";

    /// <summary>The certificate's subject.</summary>
    public const string Subject = "CN=Patcher Development Hotfix Signing (NOT FOR PRODUCTION), O=Patcher";

    private const string CodeSigningOid = "1.3.6.1.5.5.7.3.3";

    /// <summary>Creates a new development certificate valid from a day before <paramref name="time"/>'s now for two years.</summary>
    public static X509Certificate2 Create(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        using var key = RSA.Create(3072);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(CodeSigningOid)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = time.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
    }

    /// <summary>
    /// The development certificate in <paramref name="folder"/>: loaded when <see cref="FileName"/> exists, otherwise created
    /// and saved there (<paramref name="created"/> says which).
    /// </summary>
    /// <exception cref="IOException">The PFX cannot be read or written.</exception>
    /// <exception cref="CryptographicException">The existing PFX is not a usable certificate.</exception>
    public static X509Certificate2 LoadOrCreate(string folder, TimeProvider time, out bool created)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
        {
            created = false;
            return X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.Exportable);
        }

        Directory.CreateDirectory(folder);
        using var certificate = Create(time);
        var pfx = certificate.Export(X509ContentType.Pkcs12);
        var temp = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, pfx);
            if (!OperatingSystem.IsWindows())
            {
                // The PFX has no password: at least keep it readable by its owner only.
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temp, path, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
        }

        created = true;
        return X509CertificateLoader.LoadPkcs12(pfx, password: null, X509KeyStorageFlags.Exportable);
    }
}
