using System.Security.Cryptography.X509Certificates;
using NuGet.Common;
using NuGet.Packaging.Signing;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Signing;

/// <summary>Author-signs a package with NuGet's signing (SHA-256, no timestamp: there is no timestamp authority offline).</summary>
internal static class PackageSigner
{
    /// <summary>Signs <paramref name="unsignedPath"/> into <paramref name="signedPath"/>.</summary>
    /// <exception cref="HotfixPackageException"><see cref="HotfixPackageErrorCodes.SigningFailed"/>: NuGet refused to sign.</exception>
    public static async Task SignAsync(string unsignedPath, string signedPath, X509Certificate2 certificate, CancellationToken cancellationToken)
    {
        // TOOLING.md: an existing output is not truncated, and the leftover tail then fails verification (NU3008).
        File.Delete(signedPath);
        try
        {
            using var options = SigningOptions.CreateFromFilePaths(
                unsignedPath,
                signedPath,
                overwrite: true,
                new X509SignatureProvider(timestampProvider: null),
                NullLogger.Instance);

            // The request disposes the certificate it is given: give it its own copy.
            using var request = new AuthorSignPackageRequest(CopyWithKey(certificate), HashAlgorithmName.SHA256);
            await SigningUtility.SignAsync(options, request, cancellationToken).ConfigureAwait(false);
        }
        catch (SignatureException exception)
        {
            File.Delete(signedPath);
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.SigningFailed,
                signedPath,
                $"NuGet refused to sign the package ({exception.Code}: {exception.Message}). Check that the certificate is valid now and allows code signing.",
                exception);
        }
    }

    private static X509Certificate2 CopyWithKey(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null, X509KeyStorageFlags.Exportable);
}
