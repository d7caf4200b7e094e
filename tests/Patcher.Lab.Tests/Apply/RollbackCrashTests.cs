using Patcher.Core.Platform;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// The agent is SIGKILLed right after each step of a rollback is journaled, on a lab host patched from a poisoned SP3;
/// the next <c>patcher rollback</c> finishes it. After it: every file original (never mixed), every service running,
/// backups kept, the queue database as the MTA left it.
/// </summary>
public sealed class RollbackCrashTests(SignedHotfixPackage package) : IClassFixture<SignedHotfixPackage>
{
    public static TheoryData<string> KillPoints() => new(ApplyKillPoints.Rollback);

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task KilledDuringRollback_NextRollbackFinishes_AllOriginal(string killAt)
    {
        using var host = await PoisonedSp3Host.StartAsync();
        var apply = await AgentRun.StartAsync(null, "apply", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", host.Lab);
        Assert.True(apply.ExitCode == 0, apply.ToString());

        var killed = await AgentRun.StartAsync(killAt, "rollback", "--lab", host.Lab);

        Assert.True(killed.ExitCode == AgentRun.KilledBySigkill, $"the agent was not killed at {killAt}: {killed}");

        var next = await AgentRun.StartAsync(null, "rollback", "--lab", host.Lab, "--json");

        // A kill after the completed marker leaves nothing to finish: the second rollback has nothing to roll back.
        Assert.True(next.ExitCode == (killAt == "complete:1" ? 1 : 0), next.ToString());
        Assert.True(host.AllOriginal, $"after a kill at {killAt} and a new rollback the files are not all original");
        host.AssertBackupsAreOriginals(required: true);
        Assert.All((await host.ServiceStatesAsync()).Values, state => Assert.Equal(ServiceState.Running, state));
        host.AssertQueueDatabaseKept();
        ApplyCrashTests.AssertJournalCompleted(host);
    }
}
