using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NuGet.Packaging;
using NuGet.Versioning;
using Patcher.Core.Packages;
using Patcher.Packaging.Manifest;
using Patcher.Packaging.Signing;

namespace Patcher.Packaging.Building;

/// <summary>
/// Builds a Q248732 hotfix package from its content (<see cref="VendorPayload.Read"/> for production): <c>hotfix.json</c> plus the
/// payload, as a deterministic .nupkg (the same content gives the same bytes: fixed entry order, fixed zip timestamps), then
/// author-signed.
/// </summary>
public static class HotfixPackageBuilder
{
    /// <summary>The production package's id.</summary>
    public const string PackageId = Q248732Hotfix.PackageId;

    /// <summary>The production package's version.</summary>
    public const string PackageVersion = Q248732Hotfix.PackageVersion;

    /// <summary>The production package's file name, <c>Patcher.Hotfix.Q248732.1.0.0.nupkg</c>.</summary>
    public const string FileName = PackageId + "." + PackageVersion + ".nupkg";

    // The zip entries' timestamp: fixed, so builds are reproducible (the zip format's epoch is 1980).
    private const string EntryTimestamp = "2000-01-01T00:00:00Z";

    /// <summary>The manifest for <paramref name="content"/>, without building the package.</summary>
    /// <exception cref="Manifest.HotfixManifestException">The content breaks a manifest rule (e.g. a build lacks a fix file).</exception>
    public static HotfixManifest CreateManifest(HotfixPackageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var entries = content.Files.Select(f => f.Entry).ToArray();
        var manifest = new HotfixManifest(
            HotfixManifest.CurrentSchemaVersion,
            content.PackageId,
            content.PackageVersion,
            content.LabOnly ? Q248732Hotfix.Title + " (lab package: stand-in binaries)" : Q248732Hotfix.Title,
            Q248732Hotfix.Baseline,
            Q248732Hotfix.ApplicabilityFor(entries),
            entries,
            Q248732Hotfix.Services,
            Q248732Hotfix.Verification)
        {
            LabOnly = content.LabOnly,
        };
        HotfixManifestJson.ToUtf8Bytes(manifest); // validates: nothing is built that apply could not read
        return manifest;
    }

    /// <summary>The unsigned package's bytes: the same content always gives the same bytes.</summary>
    /// <exception cref="Manifest.HotfixManifestException">The content breaks a manifest rule.</exception>
    public static byte[] BuildUnsigned(HotfixPackageContent content) => Pack(content).Package;

    private static (byte[] Package, HotfixManifest Manifest) Pack(HotfixPackageContent content)
    {
        var manifest = CreateManifest(content);
        var builder = new PackageBuilder(deterministic: true)
        {
            Id = content.PackageId,
            Version = NuGetVersion.Parse(content.PackageVersion),
            Title = manifest.Title,
            Description = $"{manifest.Baseline.KbArticle}: {manifest.Title}. Install with 'patcher apply --package'.",
            DeterministicTimestamp = EntryTimestamp,
        };
        builder.Authors.Add("Patcher");
        builder.Files.Add(Entry(HotfixManifestJson.EntryName, HotfixManifestJson.ToUtf8Bytes(manifest)));
        foreach (var file in content.Files)
        {
            builder.Files.Add(Entry(file.Entry.Source, file.Bytes));
        }

        using var stream = new MemoryStream();
        builder.Save(stream);
        return (stream.ToArray(), manifest);
    }

    /// <summary>
    /// Builds the package into <paramref name="outputDirectory"/> as <see cref="HotfixPackageContent.FileName"/>, signed by
    /// <paramref name="certificate"/> (which stays the caller's to dispose). An existing package of that name is replaced.
    /// </summary>
    /// <exception cref="Verification.HotfixPackageException">Signing failed (PKG031).</exception>
    /// <exception cref="Manifest.HotfixManifestException">The content breaks a manifest rule.</exception>
    public static async Task<HotfixPackageBuildResult> BuildAsync(
        HotfixPackageContent content,
        string outputDirectory,
        X509Certificate2 certificate,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(certificate);
        var (unsigned, manifest) = Pack(content);
        var folder = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, content.FileName);
        var unsignedPath = Path.Combine(folder, $".{content.FileName}.{Guid.NewGuid():N}.unsigned");
        try
        {
            await File.WriteAllBytesAsync(unsignedPath, unsigned, cancellationToken).ConfigureAwait(false);
            await PackageSigner.SignAsync(unsignedPath, path, certificate, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(unsignedPath);
        }

        return new HotfixPackageBuildResult(path, CertificateFingerprint.Of(certificate), manifest, Convert.ToHexStringLower(SHA256.HashData(unsigned)));
    }

    private static PhysicalPackageFile Entry(string path, byte[] bytes) =>
#pragma warning disable CA2000 // The package file owns the stream; PackageBuilder reads it in Save.
        new(new MemoryStream(bytes, writable: false)) { TargetPath = path };
#pragma warning restore CA2000
}
