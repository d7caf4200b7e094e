using System.Text.Json;
using Patcher.Core.Apply;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// A rollback whose second restore cannot be written (a folder stands where X400OM.DLL must be renamed into place): it
/// puts back the patched EMSMTA.EXE it already restored, starts the services it stopped and says so in one line (issue 12).
/// </summary>
public sealed class HotfixRollbackUndoTests
{
    private const string Root = @"C:\EXCHSRVR";
    private const string Dll = @"C:\EXCHSRVR\BIN\X400OM.DLL";

    [Fact]
    public async Task RollBack_RestoreFailsMidway_PatchedAgain_ServicesRunning_OneLine()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var applied = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);
        var dll = host.Local(Dll);
        var options = JournalFaults.At(("restore:2", () => JournalFaults.Block(dll)), ("undo:1", () => JournalFaults.Unblock(dll)));

        var result = await new HotfixRollback(host.Platform, host.Restarter, options).RollBackAsync(Root);

        Assert.Equal(ApplyOutcome.RollbackUndone, result.Outcome);
        Assert.All(plan.Files, file => Assert.Equal(file.Payload.Sha256.ToLowerInvariant(), host.Hash(file.HostPath)));
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(applied.BackupFolder + @"\" + file.Payload.Target)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        Assert.Contains($"failed at restore:2 ({Dll})", result.Message, StringComparison.Ordinal);
        Assert.Contains("every file is the patched one again", result.Message, StringComparison.Ordinal);
        Assert.Contains("MSExchangeMTA, MSExchangeDX, MSExchangeIMC run again", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Message);
        Assert.Contains(HostReportEvents.RollbackUndone, host.PatcherEvents);
        using var journal = JsonDocument.Parse(File.ReadAllBytes(host.Local(@"C:\EXCHSRVR\Patcher\journal.json")));
        Assert.Equal("rollback-undone", journal.RootElement.GetProperty("outcome").GetString());
        Assert.False(Directory.Exists(host.Local(@"C:\EXCHSRVR\Patcher\staging")) && Directory.EnumerateFileSystemEntries(host.Local(@"C:\EXCHSRVR\Patcher\staging")).Any());
    }

    [Fact]
    public async Task RollBack_AfterAnUndoneRollback_RollsBack()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);
        var dll = host.Local(Dll);
        await new HotfixRollback(host.Platform, host.Restarter, JournalFaults.At(("restore:2", () => JournalFaults.Block(dll)), ("undo:1", () => JournalFaults.Unblock(dll)))).RollBackAsync(Root);

        var again = await new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(Root);

        Assert.Equal(ApplyOutcome.RolledBack, again.Outcome);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }

    [Fact]
    public async Task RollBack_PatchedCopyCannotBePutBackEither_ServicesLeftStopped_OneLineAndEvent()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);
        var dll = host.Local(Dll);

        var failure = await Assert.ThrowsAsync<ApplyException>(() =>
            new HotfixRollback(host.Platform, host.Restarter, JournalFaults.At(("restore:2", () => JournalFaults.Block(dll)))).RollBackAsync(Root));

        Assert.Equal(ApplyException.ServicesLeftStopped, failure.Code);
        Assert.Contains($"failed at restore:2 ({Dll})", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Services left stopped: MSExchangeIMC, MSExchangeDX, MSExchangeMTA: Patcher does not start them on files that may be mixed", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Contains(HostReportEvents.ServicesLeftStopped, host.PatcherEvents);

        // Once the folder is gone, the next run's recovery finishes the undo: patched again, services running.
        JournalFaults.Unblock(dll);
        var recovered = await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(Root);

        Assert.Equal(ApplyOutcome.RollbackUndone, recovered!.Outcome);
        Assert.All(package.Manifest.Files, f => Assert.Equal(f.Sha256, host.Hash(Root + @"\" + f.Target)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }

    public static TheoryData<string> UndoPoints() => new(["undo:1", "reapply:1", "reapply:2", "start-service:1", "start-service:2", "start-service:3", "complete:1"]);

    [Theory]
    [MemberData(nameof(UndoPoints))]
    public async Task CrashDuringTheUndoOfARollback_NextRunConverges_PatchedAndRunning(string point)
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);
        var dll = host.Local(Dll);
        var crash = CrashPoints.CrashAt(point).JournalWritten!;
        var faults = JournalFaults.At(("restore:2", () => JournalFaults.Block(dll)), ("undo:1", () => JournalFaults.Unblock(dll)));
        var options = new ApplyOptions { JournalWritten = (step, item) => { faults.JournalWritten!(step, item); crash(step, item); } };

        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixRollback(host.Platform, host.Restarter, options).RollBackAsync(Root));
        var recovered = await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(Root);

        Assert.Equal(point == "complete:1" ? null : ApplyOutcome.RollbackUndone, recovered?.Outcome);
        Assert.All(package.Manifest.Files, f => Assert.Equal(f.Sha256, host.Hash(Root + @"\" + f.Target)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }
}
