using System.Security.Cryptography.X509Certificates;
using Patcher.Packaging.Building;
using Patcher.Packaging.Signing;

namespace Patcher.Packaging.Tests;

/// <summary>
/// Shared by every test that needs a real package: two certificates (RSA 3072 generation is slow-ish) and one signed
/// production package built from a vendor payload folder (SP4, i386). Tests copy the package before changing it.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "patcher-packaging-tests-" + Guid.NewGuid().ToString("N"));

    public X509Certificate2 Trusted { get; } = DevelopmentCertificate.Create(TimeProvider.System);

    public X509Certificate2 Stranger { get; } = DevelopmentCertificate.Create(TimeProvider.System);

    public string TrustedFingerprint => CertificateFingerprint.Of(Trusted);

    private static readonly Lazy<HotfixPackageContent> SharedContent = new(() =>
    {
        var folder = Building.VendorFiles.NewFolder();
        try
        {
            return VendorPayload.Read(Building.VendorFiles.WriteBuild(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    /// <summary>The production content read from a vendor payload folder holding SP4's EMSMTA.EXE and X400OM.DLL (i386).</summary>
    public static HotfixPackageContent Content => SharedContent.Value;

    /// <summary>The lab's engine next to the tests (the lab package's X400OM.DLL).</summary>
    public static string EnginePath => Path.Combine(AppContext.BaseDirectory, Patcher.Lab.Packages.LabHotfixPackage.EngineFileName);

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

    public async Task InitializeAsync() => Built = await HotfixPackageBuilder.BuildAsync(Content, NewFolder(), Trusted);

    public Task DisposeAsync()
    {
        Trusted.Dispose();
        Stranger.Dispose();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
