using System.Text.Json;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Lab.EventLog;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// A real <c>patcher-lab rollback</c> on a patched lab host whose second restore fails (<c>PATCHER_FAULT_FAIL_AT=restore:2</c>):
/// it undoes itself (patched again, every service running, exit 17, event 1060); killed at any point of that undo, the
/// next <c>rollback</c> finishes the undo and then rolls back: all original, never mixed (issue 12). When the MTA will not
/// start again after the undo, the services are named as left stopped: exit 18, AP019, event 1061.
/// </summary>
public sealed class RollbackUndoTests(SignedHotfixPackage package) : IClassFixture<SignedHotfixPackage>
{
    [Fact]
    public async Task RollbackFailsMidway_Undone_PatchedAndRunning_Exit17_OneLine_Event()
    {
        using var host = await AppliedAsync();

        var failed = await AgentRun.FailingAtAsync("restore:2", null, "rollback", "--lab", host.Lab);

        Assert.True(failed.ExitCode == 17, failed.ToString());
        var line = failed.Error.Trim().Split('\n').Last();
        Assert.Contains("rollback: rollback-undone (exit 17): The rollback failed: Rolling back", line, StringComparison.Ordinal);
        Assert.Contains(@"failed at restore:2 (C:\EXCHSRVR\BIN\X400OM.DLL)", line, StringComparison.Ordinal);
        Assert.Contains("every file is the patched one again", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failed.Error, StringComparison.Ordinal);
        Assert.True(host.AllPatched(package), "after the undone rollback the files are not all patched");
        host.AssertBackupsAreOriginals(required: true);
        Assert.All((await host.ServiceStatesAsync()).Values, state => Assert.Equal(ServiceState.Running, state));
        host.AssertQueueDatabaseKept();
        var events = new LabEventLog(host.Paths.EventLogFolder).Read(EventLogEntry.ApplicationLog, DateTimeOffset.MinValue);
        Assert.Contains(events, e => e.Source == HostReportEvents.Source && e.EventId == HostReportEvents.RollbackUndone);
    }

    [Fact]
    public async Task RollbackFailsMidway_MtaWillNotStartAgain_ServicesLeftStopped_Exit18_Event_NextRollbackFinishes()
    {
        using var host = await AppliedAsync();
        host.SetMtaStartFailures(1000);

        var failed = await AgentRun.FailingAtAsync("restore:2", null, "rollback", "--lab", host.Lab, "--json");

        Assert.True(failed.ExitCode == 18, failed.ToString());
        using (var document = failed.Json())
        {
            Assert.Equal("services-left-stopped", document.RootElement.GetProperty("result").GetString());
            Assert.Equal("AP019", document.RootElement.GetProperty("code").GetString());
            Assert.Contains("Services left stopped: ", document.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        var states = await host.ServiceStatesAsync();
        Assert.Contains(states.Values, state => state == ServiceState.Stopped);
        var events = new LabEventLog(host.Paths.EventLogFolder).Read(EventLogEntry.ApplicationLog, DateTimeOffset.MinValue);
        Assert.Contains(events, e => e.Source == HostReportEvents.Source && e.EventId == HostReportEvents.ServicesLeftStopped);

        // The cause gone, the next rollback rolls back: every file original, every service running.
        host.SetMtaStartFailures(0);
        var next = await AgentRun.StartAsync(null, "rollback", "--lab", host.Lab);

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.True(host.AllOriginal, "after the finished rollback the files are not all original");
        Assert.All((await host.ServiceStatesAsync()).Values, state => Assert.Equal(ServiceState.Running, state));
        host.AssertQueueDatabaseKept();
    }

    public static TheoryData<string> KillPoints() => new(ApplyKillPoints.RollbackUndo);

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task KilledDuringTheUndo_NextRollbackFinishesItThenRollsBack(string killAt)
    {
        using var host = await AppliedAsync();

        var killed = await AgentRun.FailingAtAsync("restore:2", killAt, "rollback", "--lab", host.Lab);

        Assert.True(killed.ExitCode == AgentRun.KilledBySigkill, $"the agent was not killed at {killAt}: {killed}");

        var next = await AgentRun.StartAsync(null, "rollback", "--lab", host.Lab, "--json");

        Assert.True(next.ExitCode == 0, next.ToString());
        using var document = JsonDocument.Parse(next.Output);
        Assert.Equal("rolled-back", document.RootElement.GetProperty("result").GetString());
        Assert.True(host.AllOriginal, $"after a kill at {killAt} and a new rollback the files are not all original");
        host.AssertBackupsAreOriginals(required: true);
        Assert.All((await host.ServiceStatesAsync()).Values, state => Assert.Equal(ServiceState.Running, state));
        host.AssertQueueDatabaseKept();
        ApplyCrashTests.AssertJournalCompleted(host);
    }

    private async Task<PoisonedSp3Host> AppliedAsync()
    {
        var host = await PoisonedSp3Host.StartAsync();
        var apply = await AgentRun.StartAsync(null, "apply", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", host.Lab);
        Assert.True(apply.ExitCode == 0, apply.ToString());
        return host;
    }
}
