using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Fleet;
using Patcher.Core.Reporting;
using Patcher.Core.Rollout;

namespace Patcher.Agent.Tests.Fleet;

public sealed class FleetGatesTests
{
    [Fact]
    public void Write_PilotHostRolledBack_BroadClosed_ThenItRecovers_BroadOpens()
    {
        using var folder = new FleetFolder();
        folder.Add(FleetFolder.Host("PILOT1", HostOutcome.PatchedRecovered, FleetFolder.Day, "recovered", patched: true) with { Ring = "pilot" });
        folder.Add(FleetFolder.Host("PILOT2", HostOutcome.RolledBack, FleetFolder.Day, "rolled back", patched: true) with { Ring = "pilot" });
        folder.Add(FleetFolder.Host("BROAD1", HostOutcome.Held, FleetFolder.Day, "held") with { Ring = "broad" });
        var policy = new RolloutPolicy { Rings = ["pilot", "broad"] };

        var first = FleetGates.Write(folder.Path, FleetReportReader.Read(folder.Path, new FakeTimeProvider(FleetFolder.Day.AddHours(1))), policy);

        Assert.Equal(["pilot", "broad"], first.Select(g => g.Gate.Ring));
        Assert.Equal((RingGate.Open, RingGate.Closed), (first[0].Gate.State, first[1].Gate.State));
        Assert.Equal(System.IO.Path.Combine(folder.Path, "gates", "broad.json"), first[1].Path);
        Assert.False(RingGateDecision.Read(policy with { Ring = "broad", IsRingSet = true }, folder.Path).MayApply);

        // The rolled-back host runs again and recovers: its newest report wins, the failure is gone.
        folder.Add(FleetFolder.Host("PILOT2", HostOutcome.PatchedRecovered, FleetFolder.Day.AddHours(2), "recovered", patched: true) with { Ring = "pilot" });
        var second = FleetGates.Write(folder.Path, FleetReportReader.Read(folder.Path, new FakeTimeProvider(FleetFolder.Day.AddHours(3))), policy);

        Assert.True(second[1].Gate.IsOpen, second[1].Gate.Reason);
        Assert.Equal((2, 0), (second[1].Gate.Recovered, second[1].Gate.Failing));
        Assert.True(RingGateDecision.Read(policy with { Ring = "broad", IsRingSet = true }, folder.Path).MayApply);
    }
}
