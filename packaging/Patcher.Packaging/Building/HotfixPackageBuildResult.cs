using Patcher.Core.Packages;

namespace Patcher.Packaging.Building;

/// <summary>What <see cref="HotfixPackageBuilder.BuildAsync"/> produced.</summary>
/// <param name="PackagePath">The signed package's full path.</param>
/// <param name="SignerFingerprint">The signing certificate's SHA-256 fingerprint (uppercase hex): give it to the agents as a trusted signer.</param>
/// <param name="Manifest">The manifest the package carries.</param>
/// <param name="UnsignedSha256">The SHA-256 of the package before signing: the same inputs always give the same value.</param>
public sealed record HotfixPackageBuildResult(string PackagePath, string SignerFingerprint, HotfixManifest Manifest, string UnsignedSha256);
