using System.Text;

namespace Patcher.Installer.Tests;

/// <summary>
/// The Wine suite's test-only signature seam (a managed RSA verifier compiled in with -p:PatcherWineTestBuild=true,
/// packaging/Patcher.Packaging/Verification/WineTestBuildRsaVerifier.cs) is not in what ships: the MSI's assemblies are
/// read back and searched, and build.sh refuses a publish folder that holds it.
/// </summary>
[Collection(BuiltInstaller.Name)]
public sealed class WineSeamTests(InstallerBuild build)
{
    /// <summary>The seam's type name (UTF-8, metadata) and its refusal's words (UTF-16, user strings).</summary>
    private static readonly byte[][] SeamMarks =
    [
        Encoding.UTF8.GetBytes("WineTestBuildRsaVerifier"),
        Encoding.Unicode.GetBytes("managed RSA verifier"),
    ];

    [Fact]
    public void TheMsisAssemblies_LackTheWineTestSeam()
    {
        var extracted = Path.Combine(build.Output, "extracted");
        Directory.CreateDirectory(extracted);
        var (exit, stdout, stderr) = InstallerBuild.Run("msiextract", build.Output, "-C", extracted, build.Msi);
        Assert.True(exit == 0, stdout + stderr);

        var assemblies = Directory.GetFiles(extracted, "*.dll", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(extracted, "*.exe", SearchOption.AllDirectories)).ToArray();
        Assert.Contains(assemblies, a => Path.GetFileName(a) == "Patcher.Packaging.dll");
        Assert.Contains(assemblies, a => Path.GetFileName(a) == "patcher.dll");
        var ours = assemblies.Where(a => Path.GetFileName(a).StartsWith("Patcher", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.All(ours, assembly =>
        {
            var bytes = File.ReadAllBytes(assembly);
            Assert.All(SeamMarks, mark => Assert.True(bytes.AsSpan().IndexOf(mark) < 0, $"{assembly} holds the Wine test seam"));
        });
    }

    [Fact]
    public void BuildSh_RefusesAPublishFolderHoldingTheSeam()
    {
        // The MSI's own publish folder, with a Patcher.Packaging.dll that carries the seam's type name.
        var publish = Path.Combine(build.Output, "obj", "publish");
        var seamed = Path.Combine(build.Output, "seamed-publish");
        Directory.CreateDirectory(seamed);
        foreach (var file in Directory.GetFiles(publish))
        {
            File.Copy(file, Path.Combine(seamed, Path.GetFileName(file)));
        }

        File.WriteAllBytes(Path.Combine(seamed, "Patcher.Packaging.dll"), [.. File.ReadAllBytes(Path.Combine(publish, "Patcher.Packaging.dll")), .. SeamMarks[0]]);

        var (exit, stdout, stderr) = InstallerBuild.Run(
            "bash", build.Repo, Path.Combine(build.Repo, "installer", "build.sh"), InstallerBuild.Version, "--publish-dir", seamed, "--out", Path.Combine(build.Output, "seamed-msi"));

        Assert.NotEqual(0, exit);
        Assert.Contains("test-only build", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(build.Output, "seamed-msi", $"Patcher.Agent-{InstallerBuild.Version}-x64.msi")), stdout);
    }
}
