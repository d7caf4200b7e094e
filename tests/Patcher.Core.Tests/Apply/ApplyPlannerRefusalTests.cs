using Patcher.Core.Apply;
using Patcher.Core.Assessment;
using Patcher.Core.Packages;
using Patcher.Core.Versioning;
using Patcher.Core.Tests.Versioning;

namespace Patcher.Core.Tests.Apply;

/// <summary>What apply refuses before it touches anything, and that the host's files are then byte-identical.</summary>
public sealed class ApplyPlannerRefusalTests
{
    private const string Emsmta = @"C:\EXCHSRVR\BIN\EMSMTA.EXE";
    private const string X400om = @"C:\EXCHSRVR\BIN\X400OM.DLL";

    [Fact]
    public async Task Plan_LabPackageOnAProductionHost_RefusedWithAp006()
    {
        using var host = new ApplyHost();

        var refusal = await AssertRefusedAsync(host, FolderPackage.Q248732(labOnly: true), ApplyException.LabOnlyPackage);

        Assert.Contains("patcher package build --payload DIR", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_LabPackageWithAcceptLabOnlyPackages_Planned()
    {
        using var host = new ApplyHost();

        var plan = await host.PlanAsync(FolderPackage.Q248732(labOnly: true), new ApplyOptions { AcceptLabOnlyPackages = true });

        Assert.Equal(2, plan.Files.Count(f => f.NeedsSwap));
    }

    public static TheoryData<string, byte[]> Lies => new()
    {
        { "EMSMTA.EXE older than declared", ExchangeBuilds.Image("emsmta.exe", "5.5.2650.24") },
        { "EMSMTA.EXE newer than declared", ExchangeBuilds.Image("emsmta.exe", "5.5.2654.89") },
        { "EMSMTA.EXE an Alpha build declared i386", ExchangeBuilds.Image("emsmta.exe", "5.5.2651.69", PeMachine.Alpha) },
        { "EMSMTA.EXE not a PE image", "MZ\0\0 this is no image"u8.ToArray() },
        { "EMSMTA.EXE without a version resource", Convert.FromHexString("4D5A") },
    };

    [Theory]
    [MemberData(nameof(Lies))]
    public async Task Plan_PayloadNotWhatTheManifestDeclares_RefusedWithAp007(string lie, byte[] bytes)
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732().Replacing("payload/i386/EMSMTA.EXE", bytes);

        var refusal = await AssertRefusedAsync(host, package, ApplyException.PayloadNotAsDeclared);

        Assert.Contains("payload/i386/EMSMTA.EXE", refusal.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(lie));
    }

    [Fact]
    public async Task Plan_PayloadLongerThanDeclared_RefusedWithAp007WithoutGrowingTheBuffer()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        package.CorruptSource = "payload/i386/X400OM.DLL"; // hands out one byte more than the manifest's size

        var refusal = await AssertRefusedAsync(host, package, ApplyException.PayloadNotAsDeclared);

        Assert.Contains("more than the", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_X400omNewerThanThePayload_RefusedWithAp008AsADowngrade()
    {
        using var host = HalfPatchedHost();

        var refusal = await AssertRefusedAsync(host, FolderPackage.Q248732(), ApplyException.Downgrade);

        Assert.Contains(X400om, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("5.5.2653.23", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_X400omNewerWithAllowDowngrade_PlansTheOlderFile()
    {
        using var host = HalfPatchedHost();

        var plan = await host.PlanAsync(FolderPackage.Q248732(), new ApplyOptions { AllowDowngrade = true });

        var x400om = plan.Files.Single(f => f.HostPath == X400om);
        Assert.True(x400om.NeedsSwap);
        Assert.Equal(FileVersion.Parse("5.5.2653.23"), x400om.CurrentVersion);
        Assert.Equal(FileVersion.Parse("5.5.2651.69"), x400om.Payload.FileVersion);
    }

    [Fact]
    public async Task Plan_EmsmtaProductNotExchange_RefusedWithPkg040()
    {
        using var host = new ApplyHost();
        host.Files.Write(Emsmta, ExchangeBuilds.Image("emsmta.exe", "5.5.2650.24", productName: "Microsoft Windows NT(R) Operating System"));

        var refusal = await AssertRefusedAsync(host, FolderPackage.Q248732(), PackageApplicabilityCodes.WrongProduct);

        Assert.Contains("Microsoft Windows NT(R) Operating System", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_PackageForAnotherKb_RefusedWithPkg040()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var q = FixBaseline.Q248732;
        var other = new FixBaseline("Q999999", q.Product, q.AppliesToMajor, q.AppliesToMinor, q.FixFiles, q.HotfixMinimum, q.Baseline);

        var refusal = await AssertRefusedAsync(host, package.With(package.Manifest with { Baseline = other }), PackageApplicabilityCodes.WrongProduct);

        Assert.Contains("Q999999", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_AlphaHostIntelOnlyPackage_RefusedWithAp009()
    {
        using var host = new ApplyHost(machine: PeMachine.Alpha);

        var refusal = await AssertRefusedAsync(host, FolderPackage.Q248732(), ApplyException.NoBuildForMachine);

        Assert.Contains("alpha", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("i386", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i386")]
    [InlineData("alpha")]
    public async Task Plan_PackageWithBothBuilds_PlansTheBuildOfTheInstalledEmsmtasMachine(string machineName)
    {
        Assert.True(PeMachine.TryParse(machineName, out var machine));
        using var host = new ApplyHost(machine: machine);
        var package = FolderPackage.Q248732(machines: [PeMachine.I386, PeMachine.Alpha]);

        var plan = await host.PlanAsync(package);

        Assert.Equal([Emsmta, X400om], plan.Files.Select(f => f.HostPath));
        Assert.Equal([$"payload/{machineName}/EMSMTA.EXE", $"payload/{machineName}/X400OM.DLL"], plan.Files.Select(f => f.Payload.Source));
        Assert.All(plan.Files, f => Assert.Equal(machine, f.Payload.Machine));
    }

    [Fact]
    public async Task Apply_AlphaHostBothBuilds_InstallsTheAlphaFiles()
    {
        using var host = new ApplyHost(machine: PeMachine.Alpha);
        var package = FolderPackage.Q248732(machines: [PeMachine.I386, PeMachine.Alpha]);

        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(PeMachine.Alpha, PeVersionReader.Read(host.Local(Emsmta)).Machine);
        Assert.Equal(FileVersion.Parse("5.5.2651.69"), PeVersionReader.Read(host.Local(X400om)).FileVersion);
        Assert.Equal(package.Manifest.Files.Single(f => f.Source == "payload/alpha/X400OM.DLL").Sha256, host.Hash(X400om));
    }

    /// <summary>An SP3 MTA whose X400OM.DLL is already SP4's: the package's hotfix DLL would be older.</summary>
    private static ApplyHost HalfPatchedHost()
    {
        var host = new ApplyHost();
        host.Files.Write(X400om, ExchangeBuilds.Image("x400om.dll", "5.5.2653.23"));
        return host;
    }

    private static async Task<ApplyException> AssertRefusedAsync(ApplyHost host, FolderPackage package, string code)
    {
        var before = host.Snapshot();

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => host.PlanAsync(package));

        Assert.Equal(code, refusal.Code);
        Assert.True(refusal.IsRefusal);
        Assert.StartsWith(code, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, host.Snapshot());
        return refusal;
    }
}
