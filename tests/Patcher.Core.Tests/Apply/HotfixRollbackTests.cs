using Patcher.Core.Apply;
using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Apply;

public sealed class HotfixRollbackTests
{
    [Fact]
    public async Task RollBack_AfterApply_OriginalsRestored_BackupsKept_ServicesRestarted()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var applied = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);
        host.Scm.Calls.Clear();

        var result = await new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(@"C:\EXCHSRVR");

        Assert.Equal(ApplyOutcome.RolledBack, result.Outcome);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(applied.BackupFolder + @"\" + file.Payload.Target)));
        Assert.Equal(
            ["stop MSExchangeIMC", "stop MSExchangeDX", "stop MSExchangeMTA", "start MSExchangeMTA", "start MSExchangeDX", "start MSExchangeIMC"],
            host.Scm.Calls);
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }

    [Fact]
    public async Task RollBack_NothingEverApplied_Refused_NothingCreated()
    {
        using var host = new ApplyHost();
        var before = host.Snapshot();

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(@"C:\EXCHSRVR"));

        Assert.Equal(ApplyException.NothingToRollBack, refusal.Code);
        Assert.Equal(before, host.Snapshot());
    }

    [Fact]
    public async Task RollBack_Twice_SecondHasNothingToRollBack()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);
        await new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(@"C:\EXCHSRVR");

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(@"C:\EXCHSRVR"));

        Assert.Equal(ApplyException.NothingToRollBack, refusal.Code);
    }

    [Fact]
    public async Task RollBack_PatchedTargetUnreadable_UndoneBeforeAnyServiceStops()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);
        // The second target cannot be kept (a folder stands where the file was): the rollback stops before it stops anything.
        JournalFaults.Block(host.Local(@"C:\EXCHSRVR\BIN\X400OM.DLL"));
        host.Scm.Calls.Clear();

        var result = await new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(@"C:\EXCHSRVR");

        Assert.Equal(ApplyOutcome.RollbackUndone, result.Outcome);
        Assert.Contains(@"failed at keep:2 (C:\EXCHSRVR\BIN\X400OM.DLL)", result.Message, StringComparison.Ordinal);
        Assert.Empty(host.Scm.Calls);
        Assert.Equal(package.Manifest.Files.Single(f => f.Target.EndsWith("EMSMTA.EXE", StringComparison.OrdinalIgnoreCase)).Sha256, host.Hash(@"C:\EXCHSRVR\BIN\EMSMTA.EXE"));
    }

    [Fact]
    public async Task RollBack_DamagedBackup_Refused_PatchedFilesLeftAsTheyAre()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var applied = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);
        host.Files.Write(applied.BackupFolder + @"\BIN\X400OM.DLL", [1, 2, 3]);
        var before = host.Snapshot();
        host.Scm.Calls.Clear();

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(@"C:\EXCHSRVR"));

        Assert.Equal(ApplyException.HashMismatch, refusal.Code);
        Assert.Equal(before, host.Snapshot());
        Assert.Empty(host.Scm.Calls);
    }

    [Fact]
    public async Task Apply_AfterRollBack_AppliesAgain()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);
        await new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(@"C:\EXCHSRVR");
        host.Time.Advance(TimeSpan.FromSeconds(1));

        var again = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(ApplyOutcome.Applied, again.Outcome);
        Assert.All(package.Manifest.Files, f => Assert.Equal(f.Sha256, host.Hash(@"C:\EXCHSRVR\" + f.Target)));
    }
}
