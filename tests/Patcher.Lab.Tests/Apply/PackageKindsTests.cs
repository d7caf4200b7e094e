using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;
using Patcher.Packaging.Building;
using Patcher.Packaging.Signing;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// What <c>patcher-lab apply</c> takes (issue 9): both kinds of package (the lab's, marked labOnly, and a production one
/// built from vendor files), and a payload older than an installed file only when <c>--allow-downgrade</c> says so.
/// Every case plans with <c>--what-if</c> and leaves the host's drive byte for byte as it was.
/// </summary>
public sealed class PackageKindsTests(SignedHotfixPackage labPackage) : IClassFixture<SignedHotfixPackage>
{
    [Fact]
    public async Task LabTool_ProductionPackageFromVendorFiles_Planned_Exit0_DriveUnchanged()
    {
        var folder = Directory.CreateTempSubdirectory("patcher-vendor-").FullName;
        try
        {
            var payload = Path.Combine(folder, "payload");
            Directory.CreateDirectory(payload);
            foreach (var file in new[] { "EMSMTA.EXE", "X400OM.DLL" })
            {
                File.WriteAllBytes(Path.Combine(payload, file), PeImageWriter.Build(PeImageSpec.ForExchangeFile(file, FileVersion.Parse("5.5.2651.69"))));
            }

            using var certificate = DevelopmentCertificate.Create(TimeProvider.System);
            var built = await HotfixPackageBuilder.BuildAsync(VendorPayload.Read(payload), Path.Combine(folder, "out"), certificate);
            Assert.False(built.Manifest.LabOnly);
            using var host = await PoisonedSp3Host.StartAsync(queue: 0, poison: 0);
            var before = host.DriveSnapshot();

            var plan = await AgentRun.StartAsync(null, "apply", "--package", built.PackagePath, "--trusted-signer", built.SignerFingerprint, "--lab", host.Lab, "--what-if");

            Assert.True(plan.ExitCode == 0, plan.ToString());
            Assert.Contains(@"replace   C:\EXCHSRVR\BIN\X400OM.DLL: 5.5.2650.24 -> 5.5.2651.69", plan.Output, StringComparison.Ordinal);
            Assert.Equal(before, host.DriveSnapshot());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task InstalledX400omNewerThanThePayload_RefusedAsDowngrade_UnlessAllowDowngrade_DriveUnchanged()
    {
        // SP3's EMSMTA.EXE (the fix is missing) beside a post-SP4 X400OM.DLL, newer than the package's 5.5.2653.23.
        using var host = await PoisonedSp3Host.StartAsync(queue: 0, poison: 0, engineVersion: "5.5.2654.39");
        var before = host.DriveSnapshot();
        string[] apply = ["apply", "--package", labPackage.PackagePath, "--trusted-signer", labPackage.Fingerprint, "--lab", host.Lab, "--what-if"];

        var refused = await AgentRun.StartAsync(null, [.. apply, "--json"]);

        Assert.True(refused.ExitCode == 1, refused.ToString());
        using (var document = refused.Json())
        {
            Assert.Equal("refused", document.RootElement.GetProperty("result").GetString());
            Assert.Equal("AP008", document.RootElement.GetProperty("code").GetString());
        }

        Assert.Equal(before, host.DriveSnapshot());

        var allowed = await AgentRun.StartAsync(null, [.. apply, "--allow-downgrade"]);

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains(@"replace   C:\EXCHSRVR\BIN\X400OM.DLL: 5.5.2654.39 -> 5.5.2653.23", allowed.Output, StringComparison.Ordinal);
        Assert.Equal(before, host.DriveSnapshot());
    }
}
