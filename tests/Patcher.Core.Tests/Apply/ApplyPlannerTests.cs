using Patcher.Core.Apply;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Apply;

public sealed class ApplyPlannerTests
{
    [Fact]
    public async Task Plan_Sp3Host_EachFileWithOldAndNewVersionAndHash()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();

        var plan = await host.PlanAsync(package);

        Assert.False(plan.NothingToDo);
        Assert.Equal([@"C:\EXCHSRVR\BIN\EMSMTA.EXE", @"C:\EXCHSRVR\BIN\X400OM.DLL"], plan.Files.Select(f => f.HostPath));
        Assert.All(plan.Files, file =>
        {
            Assert.Equal(FileVersion.Parse("5.5.2650.24"), file.CurrentVersion);
            Assert.Equal(host.Hash(file.HostPath), file.CurrentSha256);
            Assert.Equal(FileVersion.Parse("5.5.2651.69"), file.Payload.FileVersion);
            Assert.True(file.NeedsSwap);
        });
        Assert.Equal(@"C:\EXCHSRVR\Patcher", plan.StateFolder);
    }

    [Fact]
    public async Task Plan_Services_StopOrderDependentsFirst_StartOnlyThoseRunning()
    {
        using var host = new ApplyHost(scm: ServiceScm.Exchange(dx: ServiceState.Stopped));
        host.Scm.Services.RemoveAll(s => s.Name == "MSExchangeIMC"); // not installed here

        var plan = await host.PlanAsync(FolderPackage.Q248732());

        Assert.Equal(["MSExchangeDX", "MSExchangeMTA"], plan.Services.Select(s => s.Name));
        Assert.Equal(ServiceState.Stopped, plan.Services[0].StateBefore);
        Assert.Equal(["MSExchangeMTA"], plan.StartOrder.Select(s => s.Name));
    }

    [Fact]
    public async Task Plan_EveryTargetAlreadyThePayload_NothingToDoEvenAboveTheRange()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        foreach (var file in package.Manifest.Files)
        {
            using var bytes = new MemoryStream();
            await package.CopyPayloadToAsync(file, bytes);
            host.Files.Write(@"C:\EXCHSRVR\" + file.Target, bytes.ToArray());
        }

        var plan = await host.PlanAsync(package);

        Assert.True(plan.NothingToDo);
        Assert.All(plan.Files, f => Assert.False(f.NeedsSwap));
    }

    [Theory]
    [InlineData("5.5.2653.23", PackageApplicabilityCodes.VersionTooNew)]
    [InlineData("6.0.4417.5", PackageApplicabilityCodes.WrongProduct)]
    public async Task Plan_NotApplicable_RefusedWithCode_NothingTouched(string version, string code)
    {
        using var host = new ApplyHost(version);
        var before = host.Snapshot();

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => host.PlanAsync(FolderPackage.Q248732()));

        Assert.Equal(code, refusal.Code);
        Assert.True(refusal.IsRefusal);
        Assert.Equal(before, host.Snapshot());
    }

    [Fact]
    public async Task Plan_VersionBelowTheRange_Refused()
    {
        using var host = new ApplyHost("5.5.1960.3");
        var package = FolderPackage.Q248732();
        var narrow = new FolderPackage(package.Manifest with
        {
            Applicability = package.Manifest.Applicability with { MinimumVersion = FileVersion.Parse("5.5.2650.24") },
        }, Payloads(package));

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => host.PlanAsync(narrow));

        Assert.Equal(PackageApplicabilityCodes.VersionTooOld, refusal.Code);
    }

    [Theory]
    [InlineData(@"MTADATA\DB000001.DAT", ApplyException.TargetInQueueDatabase)]
    [InlineData(@"mtadata\queue\000001.p1", ApplyException.TargetInQueueDatabase)]
    [InlineData(@"MTADATA", ApplyException.TargetInQueueDatabase)]
    [InlineData(@"..\WINNT\SYSTEM32\X400OM.DLL", ApplyException.TargetOutsideInstallation)]
    [InlineData(@"C:\WINNT\X400OM.DLL", ApplyException.TargetOutsideInstallation)]
    [InlineData(@"\BIN\X400OM.DLL", ApplyException.TargetOutsideInstallation)]
    [InlineData(@"BIN\X400OM.DLL:payload", ApplyException.TargetOutsideInstallation)]
    [InlineData(@"BIN\.\X400OM.DLL", ApplyException.TargetOutsideInstallation)]
    [InlineData(@"Patcher\journal.json", ApplyException.TargetOutsideInstallation)]
    public async Task Plan_UnsafeTarget_Refused_NothingTouched(string target, string code)
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732(extra: [("MTAMSG.DLL", target)]);
        var before = host.Snapshot();

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => host.PlanAsync(package));

        Assert.Equal(code, refusal.Code);
        Assert.Equal(before, host.Snapshot());
    }

    private static Dictionary<string, byte[]> Payloads(FolderPackage package)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in package.Manifest.Files)
        {
            using var bytes = new MemoryStream();
            package.CopyPayloadToAsync(file, bytes).GetAwaiter().GetResult();
            result[file.Source] = bytes.ToArray();
        }

        return result;
    }
}
