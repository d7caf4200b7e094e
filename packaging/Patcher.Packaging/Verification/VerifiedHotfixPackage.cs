using Patcher.Core.Packages;

namespace Patcher.Packaging.Verification;

/// <summary>
/// A package that passed every check. It holds the verified payload bytes in memory, so what apply copies is exactly what was
/// verified, whatever happens to the file on disk afterwards.
/// </summary>
internal sealed class VerifiedHotfixPackage : IHotfixPackage
{
    private readonly IReadOnlyDictionary<string, byte[]> _payload;

    public VerifiedHotfixPackage(string packagePath, string packageSha256, string signerFingerprint, HotfixManifest manifest, IReadOnlyDictionary<string, byte[]> payload)
    {
        PackagePath = packagePath;
        PackageSha256 = packageSha256;
        SignerFingerprint = signerFingerprint;
        Manifest = manifest;
        _payload = payload;
    }

    public string PackagePath { get; }

    public string PackageSha256 { get; }

    public string SignerFingerprint { get; }

    public HotfixManifest Manifest { get; }

    public async Task CopyPayloadToAsync(PayloadFile file, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(destination);
        if (!Manifest.Files.Contains(file) || !_payload.TryGetValue(file.Source, out var bytes))
        {
            throw new ArgumentException($"'{file.Source}' is not a payload file of this package's manifest.", nameof(file));
        }

        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
