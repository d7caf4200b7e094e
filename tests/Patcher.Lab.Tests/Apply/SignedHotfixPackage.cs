using Patcher.Lab.Packages;
using Patcher.Packaging.Signing;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// The lab's Q248732 package (labOnly), built once per test class by <see cref="LabHotfixPackage"/> from the engine next to
/// the tests and signed with a fresh development certificate.
/// </summary>
public sealed class SignedHotfixPackage : IDisposable
{
    public SignedHotfixPackage()
    {
        Folder = Directory.CreateTempSubdirectory("patcher-package-").FullName;
        using var certificate = DevelopmentCertificate.Create(TimeProvider.System);
        var built = LabHotfixPackage.BuildAsync(Path.Combine(AppContext.BaseDirectory, LabHotfixPackage.EngineFileName), Folder, certificate)
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
