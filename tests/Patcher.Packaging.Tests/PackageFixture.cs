using System.Security.Cryptography.X509Certificates;
using Patcher.Packaging.Building;
using Patcher.Packaging.Signing;

namespace Patcher.Packaging.Tests;

/// <summary>
/// Shared by every test that needs a real package: two certificates (RSA 3072 generation is slow-ish) and one signed
/// package built from the engine next to the tests. Tests copy the package before changing it.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "patcher-packaging-tests-" + Guid.NewGuid().ToString("N"));

    public X509Certificate2 Trusted { get; } = DevelopmentCertificate.Create(TimeProvider.System);

    public X509Certificate2 Stranger { get; } = DevelopmentCertificate.Create(TimeProvider.System);

    public string TrustedFingerprint => CertificateFingerprint.Of(Trusted);

    public static string EnginePath => Path.Combine(AppContext.BaseDirectory, HotfixPackageBuilder.EngineFileName);

    public HotfixPackageBuildResult Built { get; private set; } = null!;

    public string NewFolder()
    {
        var folder = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A private copy of the signed package.</summary>
    public string CopyOfPackage()
    {
        var copy = Path.Combine(NewFolder(), HotfixPackageBuilder.FileName);
        File.Copy(Built.PackagePath, copy);
        return copy;
    }

    public async Task InitializeAsync() => Built = await HotfixPackageBuilder.BuildAsync(EnginePath, NewFolder(), Trusted);

    public Task DisposeAsync()
    {
        Trusted.Dispose();
        Stranger.Dispose();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
