using Patcher.Core.Packages;

namespace Patcher.Core.Reporting;

/// <summary>The hotfix package a run used, named by its hash and its signer.</summary>
/// <param name="Id">The package id, e.g. <c>Patcher.Hotfix.Q248732</c>.</param>
/// <param name="Version">The package version, e.g. <c>1.0.0</c>.</param>
/// <param name="KbArticle">The fix it carries, e.g. <c>Q248732</c>.</param>
/// <param name="Sha256">The SHA-256 of the whole package file, lowercase hex.</param>
/// <param name="SignerFingerprint">The signing certificate's SHA-256 fingerprint, uppercase hex.</param>
public sealed record ReportedPackage(string Id, string Version, string KbArticle, string Sha256, string SignerFingerprint)
{
    /// <summary>The report's view of a verified <paramref name="package"/>.</summary>
    public static ReportedPackage From(IHotfixPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var manifest = package.Manifest;
        return new ReportedPackage(manifest.PackageId, manifest.PackageVersion, manifest.Baseline.KbArticle, package.PackageSha256, package.SignerFingerprint);
    }
}
