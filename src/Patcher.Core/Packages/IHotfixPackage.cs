namespace Patcher.Core.Packages;

/// <summary>
/// A hotfix package whose signature, signer, integrity and payload hashes have all been verified: the only form in which
/// apply ever sees a package.
/// </summary>
public interface IHotfixPackage
{
    /// <summary>Where the package file is.</summary>
    string PackagePath { get; }

    /// <summary>The package's SHA-256 (of the whole .nupkg), lowercase hex: reports name the package by it.</summary>
    string PackageSha256 { get; }

    /// <summary>The signing certificate's SHA-256 fingerprint, uppercase hex: the identity trust is decided on.</summary>
    string SignerFingerprint { get; }

    /// <summary>The verified manifest.</summary>
    HotfixManifest Manifest { get; }

    /// <summary>Copies <paramref name="file"/>'s bytes (already verified against its hash) to <paramref name="destination"/>.</summary>
    Task CopyPayloadToAsync(PayloadFile file, Stream destination, CancellationToken cancellationToken = default);
}
