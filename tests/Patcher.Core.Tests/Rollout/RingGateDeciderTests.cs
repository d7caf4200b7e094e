using Patcher.Core.Reporting;
using Patcher.Core.Rollout;

namespace Patcher.Core.Tests.Rollout;

public sealed class RingGateDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_PilotHostRolledBack_BroadClosedOnTheRate_PilotAlwaysOpen()
    {
        var gates = RingGateDecider.Decide(new RolloutPolicy(), [Recovered("pilot"), Recovered("pilot"), new RingHost("pilot", HostOutcome.RolledBack, null)], Now);

        Assert.Equal(["pilot", "early", "broad"], gates.Select(g => g.Ring));
        Assert.True(gates[0].IsOpen);
        var broad = gates[2];
        Assert.False(broad.IsOpen);
        Assert.Equal((2, 1, 33.3), (broad.Recovered, broad.Failing, broad.FailurePercent));
        Assert.Contains("fail too often", broad.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_PilotRecoveredSinceAndCompliantNow_BroadOpens()
    {
        // The rolled-back host ran again and recovered; the others are compliant on their next run.
        var hosts = new[] { new RingHost("pilot", HostOutcome.Compliant, Now.AddHours(-2)), Recovered("pilot"), Recovered("pilot"), new RingHost("broad", HostOutcome.Held, null) };

        var broad = RingGateDecider.Decide(new RolloutPolicy { MinRecoveredHosts = 3 }, hosts, Now)[2];

        Assert.True(broad.IsOpen, broad.Reason);
        Assert.Equal(3, broad.Recovered);
    }

    [Fact]
    public void Decide_FewerThanNRecovered_OrInsideTheDeferral_Closed()
    {
        var policy = new RolloutPolicy { MinRecoveredHosts = 2, Deferrals = new Dictionary<string, TimeSpan> { ["broad"] = TimeSpan.FromHours(24) } };
        var hosts = new[] { new RingHost("pilot", HostOutcome.PatchedRecovered, Now.AddHours(-30)), new RingHost("early", HostOutcome.PatchedRecovered, Now.AddHours(-1)) };

        var gates = RingGateDecider.Decide(policy, hosts, Now);

        Assert.True(gates[1].IsOpen is false && gates[1].Recovered == 1, gates[1].Reason); // early: one pilot host
        Assert.False(gates[2].IsOpen);
        Assert.Equal(1, gates[2].Recovered); // the early host recovered an hour ago: not 24 h
        Assert.Contains("too few recovered", gates[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ReportsWithoutARing_CountInNoRing()
    {
        var broad = RingGateDecider.Decide(new RolloutPolicy(), [new RingHost(null, HostOutcome.PatchedRecovered, Now)], Now)[2];

        Assert.False(broad.IsOpen);
    }

    private static RingHost Recovered(string ring) => new(ring, HostOutcome.PatchedRecovered, Now.AddHours(-1));
}
