using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NuGet.Packaging;
using NuGet.Versioning;
using Patcher.Core.Packages;
using Patcher.Packaging.Manifest;
using Patcher.Packaging.Signing;

namespace Patcher.Packaging.Building;

/// <summary>
/// Builds the Q248732 hotfix package: <c>hotfix.json</c> plus the payload, as a deterministic .nupkg (the same engine gives
/// the same bytes: fixed entry order, fixed zip timestamps), then author-signed.
/// </summary>
public static class HotfixPackageBuilder
{
    /// <summary>The package id.</summary>
    public const string PackageId = Q248732Hotfix.PackageId;

    /// <summary>The package version.</summary>
    public const string PackageVersion = Q248732Hotfix.PackageVersion;

    /// <summary>The package's file name, <c>Patcher.Hotfix.Q248732.1.0.0.nupkg</c>.</summary>
    public const string FileName = PackageId + "." + PackageVersion + ".nupkg";

    /// <summary>The patched engine's file name; the agent ships it next to itself.</summary>
    public const string EngineFileName = "Patcher.X411.dll";

    // The zip entries' timestamp: fixed, so builds are reproducible (the zip format's epoch is 1980).
    private const string EntryTimestamp = "2000-01-01T00:00:00Z";

    /// <summary>The manifest and payload for the engine at <paramref name="engineAssemblyPath"/>, without building the package.</summary>
    /// <exception cref="Verification.HotfixPackageException">The engine is missing or has no version resource (PKG032).</exception>
    public static HotfixManifest CreateManifest(string engineAssemblyPath) => Manifest(HotfixPayload.Build(engineAssemblyPath));

    /// <summary>The unsigned package's bytes: the same engine always gives the same bytes.</summary>
    /// <exception cref="Verification.HotfixPackageException">The engine is missing or has no version resource (PKG032).</exception>
    public static byte[] BuildUnsigned(string engineAssemblyPath) => Pack(engineAssemblyPath).Package;

    private static (byte[] Package, HotfixManifest Manifest) Pack(string engineAssemblyPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engineAssemblyPath);
        var payload = HotfixPayload.Build(engineAssemblyPath);
        var manifest = Manifest(payload);
        var builder = new PackageBuilder(deterministic: true)
        {
            Id = PackageId,
            Version = NuGetVersion.Parse(PackageVersion),
            Title = manifest.Title,
            Description = $"{manifest.Baseline.KbArticle}: {manifest.Title}. Install with 'patcher apply --package'.",
            DeterministicTimestamp = EntryTimestamp,
        };
        builder.Authors.Add("Patcher");
        builder.Files.Add(Entry(HotfixManifestJson.EntryName, HotfixManifestJson.ToUtf8Bytes(manifest)));
        foreach (var file in payload)
        {
            builder.Files.Add(Entry(file.Entry.Source, file.Bytes));
        }

        using var stream = new MemoryStream();
        builder.Save(stream);
        return (stream.ToArray(), manifest);
    }

    /// <summary>
    /// Builds the package into <paramref name="outputDirectory"/> as <see cref="FileName"/>, signed by
    /// <paramref name="certificate"/> (which stays the caller's to dispose). An existing package of that name is replaced.
    /// </summary>
    /// <exception cref="Verification.HotfixPackageException">An input is missing (PKG032) or signing failed (PKG031).</exception>
    public static async Task<HotfixPackageBuildResult> BuildAsync(
        string engineAssemblyPath,
        string outputDirectory,
        X509Certificate2 certificate,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(certificate);
        var (unsigned, manifest) = Pack(engineAssemblyPath);
        var folder = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var unsignedPath = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.unsigned");
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

    private static HotfixManifest Manifest(IReadOnlyList<StagedPayloadFile> payload) => new(
        HotfixManifest.CurrentSchemaVersion,
        PackageId,
        PackageVersion,
        Q248732Hotfix.Title,
        Q248732Hotfix.Baseline,
        Q248732Hotfix.Applicability,
        payload.Select(f => f.Entry).ToArray(),
        Q248732Hotfix.Services,
        Q248732Hotfix.Verification);

    private static PhysicalPackageFile Entry(string path, byte[] bytes) =>
#pragma warning disable CA2000 // The package file owns the stream; PackageBuilder reads it in Save.
        new(new MemoryStream(bytes, writable: false)) { TargetPath = path };
#pragma warning restore CA2000
}
