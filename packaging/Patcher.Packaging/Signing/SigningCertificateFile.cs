using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Signing;

/// <summary>Loads the production signing certificate: a PFX whose password comes from <see cref="PasswordVariable"/>.</summary>
public static class SigningCertificateFile
{
    /// <summary>The environment variable holding the PFX password (never a command-line argument: those show in process lists).</summary>
    public const string PasswordVariable = "PATCHER_SIGNING_PASSWORD";

    /// <summary>Loads <paramref name="pfxPath"/> with <paramref name="password"/> and checks it can sign code.</summary>
    /// <exception cref="HotfixPackageException"><see cref="HotfixPackageErrorCodes.SigningCertificateUnusable"/>: unreadable, wrong password, no private key, no code-signing EKU.</exception>
    public static X509Certificate2 Load(string pfxPath, string? password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pfxPath);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password, X509KeyStorageFlags.Exportable);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw Unusable(pfxPath, $"it cannot be read ({exception.Message}). Check the path and that {PasswordVariable} holds its password.", exception);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw Unusable(pfxPath, "it holds no private key. Export the certificate with its private key.");
        }

        var eku = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        if (eku is not null && !eku.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == "1.3.6.1.5.5.7.3.3"))
        {
            certificate.Dispose();
            throw Unusable(pfxPath, "its enhanced key usage does not include code signing (1.3.6.1.5.5.7.3.3). Use a code-signing certificate.");
        }

        return certificate;
    }

    private static HotfixPackageException Unusable(string path, string detail, Exception? inner = null) =>
        new(HotfixPackageErrorCodes.SigningCertificateUnusable, path, $"The signing certificate is unusable: {detail}", inner);
}
