using System.Text.Json;
using Patcher.Core.Apply;
using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// A crash right after every journaled step of apply and of rollback (in-process; the lab tests kill real processes),
/// then the next run's recovery: all original or all patched, never mixed; services as they were; queue untouched.
/// </summary>
public sealed class JournalRecoveryTests
{
    private static readonly string[] ApplyPointNames =
    [
        "verify:1", "stage:1", "stage:2", "backup:1", "backup:2", "record-services:1", "stop-service:1", "stop-service:2",
        "stop-service:3", "swap:1", "start-service:1", "start-service:2", "start-service:3", "complete:1",
    ];

    private static readonly string[] RollbackPointNames =
    [
        "verify:1", "keep:1", "keep:2", "record-services:1", "stop-service:1", "stop-service:2", "stop-service:3",
        "restore:1", "restore:2", "start-service:1", "start-service:2", "start-service:3", "complete:1",
    ];

    public static TheoryData<string> ApplyPoints() => new(ApplyPointNames);

    public static TheoryData<string> RollbackPoints() => new(RollbackPointNames);

    [Fact]
    public async Task ApplyPoints_AreEveryPointApplyJournals()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);

        var points = await CrashPoints.OfAsync(options => new HotfixApplier(host.Platform, host.Restarter, options).ApplyAsync(plan, package));

        Assert.Equal(ApplyPointNames, points);
    }

    [Fact]
    public async Task RollbackPoints_AreEveryPointRollbackJournals()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        var points = await CrashPoints.OfAsync(options => new HotfixRollback(host.Platform, host.Restarter, options).RollBackAsync(@"C:\EXCHSRVR"));

        Assert.Equal(RollbackPointNames, points);
    }

    [Theory]
    [MemberData(nameof(ApplyPoints))]
    public async Task CrashDuringApply_NextRunRecovers_AllOriginalOrAllPatched(string point)
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var queue = host.Snapshot().Where(f => f.Key.StartsWith("exchsrvr/mtadata", StringComparison.Ordinal)).ToList();

        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixApplier(host.Platform, host.Restarter, CrashPoints.CrashAt(point)).ApplyAsync(plan, package));
        var recovered = await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR");

        var hashes = plan.Files.Select(f => host.Hash(f.HostPath)).ToArray();
        var allOriginal = hashes.SequenceEqual(plan.Files.Select(f => f.CurrentSha256));
        var allPatched = hashes.SequenceEqual(plan.Files.Select(f => f.Payload.Sha256));
        Assert.True(allOriginal ^ allPatched, $"after a crash at {point} the files are mixed");
        if (point == "complete:1")
        {
            Assert.Null(recovered); // the journal was complete: nothing to recover
        }
        else
        {
            Assert.Equal(allPatched ? ApplyOutcome.Finished : ApplyOutcome.Undone, recovered!.Outcome);
        }

        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        Assert.Equal(queue, host.Snapshot().Where(f => f.Key.StartsWith("exchsrvr/mtadata", StringComparison.Ordinal)).ToList());
        AssertCompleted(host);
        Assert.Null(await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR"));
    }

    [Theory]
    [MemberData(nameof(RollbackPoints))]
    public async Task CrashDuringRollback_NextRunFinishesIt_AllOriginal(string point)
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);

        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixRollback(host.Platform, host.Restarter, CrashPoints.CrashAt(point)).RollBackAsync(@"C:\EXCHSRVR"));
        await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR");

        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        AssertCompleted(host);
    }

    /// <summary>
    /// The MTA's start is journaled with the next write, not before it (issue 13: no fsync while the MTA is down). A
    /// crash as the MTA is asked to start leaves the swap last in the journal: the next run finishes the apply.
    /// </summary>
    [Fact]
    public async Task CrashAsTheMtaStarts_JournalEndsWithTheSwap_NextRunFinishes()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var (options, journaled) = CrashAsTheMtaIsAskedToStart(host);

        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixApplier(host.Platform, host.Restarter, options).ApplyAsync(plan, package));
        host.Scm.Changing = null;
        var recovered = await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR");

        Assert.Equal("swap:", journaled[^1]);
        Assert.Equal(ApplyOutcome.Finished, recovered!.Outcome);
        Assert.All(plan.Files, file => Assert.Equal(file.Payload.Sha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        AssertCompleted(host);
    }

    /// <summary>The same for a rollback: a crash as the MTA is asked to start leaves the restores last; the next run finishes it.</summary>
    [Fact]
    public async Task CrashAsTheMtaStartsInARollback_NextRunFinishesIt_AllOriginal()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);
        var (options, journaled) = CrashAsTheMtaIsAskedToStart(host);

        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixRollback(host.Platform, host.Restarter, options).RollBackAsync(@"C:\EXCHSRVR"));
        host.Scm.Changing = null;
        await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR");

        Assert.StartsWith("restore:", journaled[^1], StringComparison.Ordinal);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        AssertCompleted(host);
    }

    [Fact]
    public async Task CrashDuringUndo_NextRunFinishesTheUndo()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixApplier(host.Platform, host.Restarter, CrashPoints.CrashAt("swap:1")).ApplyAsync(plan, package));
        SwapFirstFile(host); // killed between the renames: file 1 swapped, file 2 not

        await Assert.ThrowsAsync<SimulatedCrash>(() => new JournalRecovery(host.Platform, host.Restarter, CrashPoints.CrashAt("restore:1")).RecoverAsync(@"C:\EXCHSRVR"));
        var recovered = await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR");

        Assert.Equal(ApplyOutcome.Undone, recovered!.Outcome);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }

    [Fact]
    public async Task ApplyAfterUndo_MtaDiedSinceTheUndo_CountsAsRunningBefore_StartedPatched()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await Assert.ThrowsAsync<SimulatedCrash>(async () => await new HotfixApplier(host.Platform, host.Restarter, CrashPoints.CrashAt("swap:1")).ApplyAsync(await host.PlanAsync(package), package)); // services recorded and stopped, nothing swapped
        await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR");

        // The unpatched MTA, restarted by the undo, dies on the poison message (1067); its dependents go down with it.
        foreach (var name in FolderPackage.StopOrder)
        {
            host.Scm.States[name] = ServiceState.Stopped;
        }

        host.Time.Advance(TimeSpan.FromSeconds(1));
        var applied = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(ApplyOutcome.Applied, applied.Outcome);
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }

    [Fact]
    public async Task Recover_NoJournal_TouchesNothing()
    {
        using var host = new ApplyHost();
        var before = host.Snapshot();

        Assert.Null(await new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR"));

        Assert.Equal(before, host.Snapshot());
    }

    [Fact]
    public async Task Recover_UnreadableJournal_RefusedWithCode()
    {
        using var host = new ApplyHost();
        host.Files.Write(@"C:\EXCHSRVR\Patcher\journal.json", "{ not json"u8.ToArray());

        var failure = await Assert.ThrowsAsync<ApplyException>(() => new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR"));

        Assert.Equal(ApplyException.JournalUnreadable, failure.Code);
    }

    /// <summary>What a run killed between its two renames did: the first staged file renamed over its target.</summary>
    /// <summary>Options that record every journal write, and an SCM that crashes the run when the MTA is asked to start.</summary>
    private static (ApplyOptions Options, List<string> Journaled) CrashAsTheMtaIsAskedToStart(ApplyHost host)
    {
        var journaled = new List<string>();
        host.Scm.Changing = call =>
        {
            if (call == "start MSExchangeMTA")
            {
                throw new SimulatedCrash(call);
            }
        };
        return (new ApplyOptions { JournalWritten = (step, item) => journaled.Add($"{step}:{item}") }, journaled);
    }

    private static void SwapFirstFile(ApplyHost host)
    {
        using var journal = JsonDocument.Parse(File.ReadAllBytes(host.Local(@"C:\EXCHSRVR\Patcher\journal.json")));
        var first = journal.RootElement.GetProperty("files")[0];
        File.Move(host.Local(first.GetProperty("staged").GetString()!), host.Local(first.GetProperty("target").GetString()!), overwrite: true);
    }

    private static void AssertCompleted(ApplyHost host)
    {
        using var journal = JsonDocument.Parse(File.ReadAllBytes(host.Local(@"C:\EXCHSRVR\Patcher\journal.json")));
        Assert.True(journal.RootElement.GetProperty("completed").GetBoolean());
    }
}
