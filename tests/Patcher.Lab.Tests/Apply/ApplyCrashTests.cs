using System.Text.Json;
using Patcher.Core.Platform;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// The agent is SIGKILLed right after each step of an apply is journaled (<c>PATCHER_FAULT_KILL_AT</c>), on a poisoned SP3
/// lab host with real service processes; the next <c>patcher apply</c> recovers (undoes, or finishes when the swap was
/// complete) and applies. After it: the files are all patched (never mixed), the recovery took the path the kill point
/// calls for, every service runs, backups are originals, and the queue database holds exactly what the MTA itself made of it.
/// </summary>
public sealed class ApplyCrashTests(SignedHotfixPackage package) : IClassFixture<SignedHotfixPackage>
{
    public static TheoryData<string> KillPoints() => new(ApplyKillPoints.Apply);

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task KilledDuringApply_NextApplyRecovers_NeverMixed(string killAt)
    {
        using var host = await PoisonedSp3Host.StartAsync();
        var index = Array.IndexOf(ApplyKillPoints.Apply, killAt);

        var killed = await ApplyAsync(host, killAt);

        Assert.True(killed.ExitCode == AgentRun.KilledBySigkill, $"the agent was not killed at {killAt}: {killed}");
        Assert.Contains($"killing the agent after journaling {killAt}", killed.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(host.StateFolder, "journal.json")));

        var next = await ApplyAsync(host, null);

        Assert.True(next.ExitCode == 0, next.ToString());
        using var document = next.Json();
        var recovered = document.RootElement.GetProperty("recovered").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()).ToArray();
        string[] expected = killAt == "complete:1" ? [] : index >= ApplyKillPoints.FirstFinishingApplyPoint ? ["finished"] : ["undone"];
        Assert.Equal(expected, recovered);
        Assert.Equal(expected is ["finished"] or [] ? "nothing-to-do" : "applied", document.RootElement.GetProperty("result").GetString());
        Assert.True(host.AllPatched(package), $"after a kill at {killAt} and a new apply the files are not all patched");
        host.AssertBackupsAreOriginals(required: true);
        Assert.All((await host.ServiceStatesAsync()).Values, state => Assert.Equal(ServiceState.Running, state));
        host.AssertQueueDatabaseKept();
        AssertJournalCompleted(host);
    }

    private Task<AgentRun> ApplyAsync(PoisonedSp3Host host, string? killAt) =>
        AgentRun.StartAsync(killAt, "apply", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", host.Lab, "--json");

    internal static void AssertJournalCompleted(PoisonedSp3Host host)
    {
        using var journal = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(host.StateFolder, "journal.json")));
        Assert.True(journal.RootElement.GetProperty("completed").GetBoolean());
    }
}
