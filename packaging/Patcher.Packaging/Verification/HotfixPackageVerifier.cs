using System.IO.Compression;
using System.Security.Cryptography;
using Patcher.Core.Files;
using Patcher.Core.Packages;
using Patcher.Packaging.Signing;

namespace Patcher.Packaging.Verification;

/// <summary>
/// Opens a hotfix package for apply: signature (NuGet: integrity and validity), signer (SHA-256 fingerprint in the trusted list),
/// entry names, manifest, and every payload file's size and hash. Anything else is refused with a
/// <see cref="HotfixPackageException"/> whose code says what failed and whose message says what to do.
/// </summary>
public static class HotfixPackageVerifier
{
    /// <summary>Packages larger than this (256 MiB) are refused: the payload is two binaries.</summary>
    public const long MaxPackageSize = 256L * 1024 * 1024;

    /// <summary>Verifies the package at <paramref name="path"/> and returns it, verified.</summary>
    /// <param name="path">The .nupkg.</param>
    /// <param name="trustedFingerprints">The SHA-256 fingerprints of trusted signers (hex; <c>:</c>, spaces and case ignored).</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <exception cref="HotfixPackageException">The package is refused; see <see cref="HotfixPackageErrorCodes"/>.</exception>
    /// <exception cref="ArgumentException">A trusted fingerprint is not 64 hex digits.</exception>
    public static async Task<IHotfixPackage> OpenAsync(string path, IReadOnlyCollection<string> trustedFingerprints, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(trustedFingerprints);
        var trusted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in trustedFingerprints)
        {
            trusted.Add(CertificateFingerprint.TryNormalize(text, out var fingerprint)
                ? fingerprint
                : throw new ArgumentException($"'{text}' is not a SHA-256 fingerprint (64 hex digits).", nameof(trustedFingerprints)));
        }

        var fullPath = Path.GetFullPath(path);
        var bytes = ReadPackage(fullPath);
        using var zip = OpenZip(fullPath, bytes);
        var signer = await PackageSignatureCheck.VerifyAsync(fullPath, bytes, trusted, cancellationToken).ConfigureAwait(false);
        PackageContentCheck.CheckEntryNames(fullPath, zip);
        var manifest = PackageContentCheck.ReadManifest(fullPath, zip);
        var payload = PackageContentCheck.ReadPayload(fullPath, zip, manifest);
        return new VerifiedHotfixPackage(fullPath, Convert.ToHexStringLower(SHA256.HashData(bytes)), signer, manifest, payload);
    }

    private static byte[] ReadPackage(string path)
    {
        try
        {
            // A regular file only (a FIFO would block, /dev/zero never ends), streamed and stopped at the cap.
            return BoundedFile.Read(path, MaxPackageSize);
        }
        catch (FileRefusedException exception)
        {
            throw new HotfixPackageException(HotfixPackageErrorCodes.Unreadable, path, $"the package {exception.Reason}. This is not a Patcher hotfix package: check the path.", exception);
        }
    }

    private static ZipArchive OpenZip(string path, byte[] bytes)
    {
        try
        {
            return new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            throw new HotfixPackageException(HotfixPackageErrorCodes.Unreadable, path, $"the file is not a package (not a zip: {exception.Message}). Get the package again.", exception);
        }
    }
}
