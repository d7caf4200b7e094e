using System.Text.Json;
using Patcher.Core.Apply;
using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Apply;

public sealed class HotfixApplierTests
{
    [Fact]
    public async Task Apply_Sp3Host_FilesSwapped_BackupsKept_RunningServicesRestarted()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var originals = plan.Files.ToDictionary(f => f.HostPath, f => f.CurrentSha256);

        var result = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);

        Assert.Equal(ApplyOutcome.Applied, result.Outcome);
        foreach (var file in plan.Files)
        {
            Assert.Equal(file.Payload.Sha256, host.Hash(file.HostPath));
            var backup = result.BackupFolder + @"\" + file.Payload.Target;
            Assert.Equal(originals[file.HostPath], host.Hash(backup));
        }

        Assert.Equal(
            ["stop MSExchangeIMC", "stop MSExchangeDX", "stop MSExchangeMTA", "start MSExchangeMTA", "start MSExchangeDX", "start MSExchangeIMC"],
            host.Scm.Calls);
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        Assert.False(Directory.Exists(host.Local(@"C:\EXCHSRVR\Patcher\staging\" + result.OperationId)));
    }

    [Fact]
    public async Task Apply_JournalWrittenBeforeEachStep_InOrder_CompletedLast()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var steps = new List<string>();
        var options = new ApplyOptions { JournalWritten = (step, item) => steps.Add(item is null ? step : $"{step}:{item}") };

        await new HotfixApplier(host.Platform, host.Restarter, options).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(
            ["verify", "stage:1", "stage:2", "backup:1", "backup:2", "record-services", "stop-service:1", "stop-service:2",
             "stop-service:3", "swap", "start-service:1", "start-service:2", "start-service:3", "complete"],
            steps);
        using var journal = JsonDocument.Parse(File.ReadAllBytes(host.Local(@"C:\EXCHSRVR\Patcher\journal.json")));
        Assert.True(journal.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal("applied", journal.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("Running", journal.RootElement.GetProperty("services")[2].GetProperty("stateBefore").GetString());
    }

    [Fact]
    public async Task Apply_JournalTemporariesLeftByAKilledRun_Removed_OthersKept()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var state = host.Local(@"C:\EXCHSRVR\Patcher");
        Directory.CreateDirectory(state);
        var leftover = Path.Combine(state, $".journal.json.{Guid.NewGuid():N}.tmp");
        var unrelated = Path.Combine(state, "operator-notes.txt");
        File.WriteAllText(leftover, "{\"half\":");
        File.WriteAllText(unrelated, "mine");

        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(unrelated));
        Assert.Empty(Directory.GetFiles(state, ".journal.json.*.tmp"));
    }

    [Fact]
    public async Task Apply_QueueDatabase_ByteForByteUntouched()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var before = host.Snapshot().Where(f => f.Key.StartsWith("exchsrvr/mtadata", StringComparison.Ordinal)).ToList();

        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.NotEmpty(before);
        Assert.Equal(before, host.Snapshot().Where(f => f.Key.StartsWith("exchsrvr/mtadata", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public async Task Apply_StoppedServiceBefore_StaysStopped()
    {
        using var host = new ApplyHost(scm: ServiceScm.Exchange(dx: ServiceState.Stopped));
        var package = FolderPackage.Q248732();

        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(ServiceState.Stopped, host.Scm.States["MSExchangeDX"]);
        Assert.DoesNotContain("start MSExchangeDX", host.Scm.Calls);
        Assert.Equal(ServiceState.Running, host.Scm.States["MSExchangeIMC"]);
    }

    [Fact]
    public async Task Apply_AgainAfterApply_NothingToDo_NothingChanged()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);
        var before = host.Snapshot();
        host.Scm.Calls.Clear();

        var again = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(ApplyOutcome.NothingToDo, again.Outcome);
        Assert.Contains("already applied", again.Message, StringComparison.Ordinal);
        Assert.Equal(before, host.Snapshot());
        Assert.Empty(host.Scm.Calls);
    }

    [Fact]
    public async Task Apply_MtaDiesOnStart_RolledBack_OriginalsAndServicesRestored()
    {
        using var host = new ApplyHost();
        host.Scm.FailingStarts["MSExchangeMTA"] = 1;
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);

        var undone = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);

        Assert.Equal(ApplyOutcome.Undone, undone.Outcome);
        Assert.Contains("Could not start MSExchangeMTA", undone.Message, StringComparison.Ordinal);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        using var journal = JsonDocument.Parse(File.ReadAllBytes(host.Local(@"C:\EXCHSRVR\Patcher\journal.json")));
        Assert.Equal("rolled-back", journal.RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Apply_DamagedPayload_RolledBack_NothingReplaced()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        package.CorruptSource = "payload/i386/X400OM.DLL"; // damaged after the plan read it: the apply's own hash check

        var undone = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);

        Assert.Equal(ApplyOutcome.Undone, undone.Outcome);
        Assert.Contains("SHA-256", undone.Message, StringComparison.Ordinal);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.Empty(host.Scm.Calls);
    }

    [Fact]
    public async Task Apply_MtaStopNeverCompletes_TimesOutOnTheClock_RolledBack()
    {
        using var host = new ApplyHost();
        host.Scm.StuckStops.Add("MSExchangeMTA");
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);

        var apply = new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);
        for (var seconds = 0; !apply.IsCompleted; seconds++)
        {
            if (seconds == 40)
            {
                host.Scm.States["MSExchangeMTA"] = ServiceState.Stopped; // the stop completes, long after apply gave up at 30 s
            }

            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System);
        }

        var undone = await apply;
        Assert.Equal(ApplyOutcome.Undone, undone.Outcome);
        Assert.Contains("Could not stop MSExchangeMTA", undone.Message, StringComparison.Ordinal);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }

    [Fact]
    public async Task Apply_UnpatchedMtaCannotRestartAfterUndo_RolledBackAnyway_NextApplyStartsIt()
    {
        using var host = new ApplyHost();
        host.Scm.FailingStarts["MSExchangeMTA"] = 2; // the patched start fails, then the unpatched MTA dies with 1067 too
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);

        var undone = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);

        Assert.Equal(ApplyOutcome.Undone, undone.Outcome);
        Assert.Contains("Could not start MSExchangeMTA, MSExchangeDX, MSExchangeIMC", undone.Message, StringComparison.Ordinal);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.Equal(ServiceState.Stopped, host.Scm.States["MSExchangeMTA"]);

        host.Time.Advance(TimeSpan.FromSeconds(1));
        var again = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(ApplyOutcome.Applied, again.Outcome);
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }
}
