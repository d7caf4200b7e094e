using Patcher.Packaging.Building;
using Patcher.Packaging.Signing;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// The real Q248732 package, built once per test class by <see cref="HotfixPackageBuilder"/> from the engine next to the
/// tests and signed with a fresh development certificate, as <c>patcher package build</c> does.
/// </summary>
public sealed class SignedHotfixPackage : IDisposable
{
    public SignedHotfixPackage()
    {
        Folder = Directory.CreateTempSubdirectory("patcher-package-").FullName;
        using var certificate = DevelopmentCertificate.Create(TimeProvider.System);
        var built = HotfixPackageBuilder.BuildAsync(Path.Combine(AppContext.BaseDirectory, HotfixPackageBuilder.EngineFileName), Folder, certificate)
            .GetAwaiter().GetResult();
        PackagePath = built.PackagePath;
        Fingerprint = built.SignerFingerprint;
        Hashes = built.Manifest.Files.ToDictionary(f => f.Target.ToUpperInvariant(), f => f.Sha256);
    }

    public string Folder { get; }

    /// <summary>The signed .nupkg.</summary>
    public string PackagePath { get; }

    /// <summary>The signer's SHA-256 fingerprint, for <c>--trusted-signer</c>.</summary>
    public string Fingerprint { get; }

    /// <summary>Each payload target (<c>BIN\EMSMTA.EXE</c>) and its SHA-256.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
