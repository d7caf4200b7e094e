using Patcher.Core.Configuration;
using Patcher.Core.Platform;
using Patcher.Core.Tests.Discovery;

namespace Patcher.Core.Tests.Configuration;

public sealed class RolloutSettingsTests
{
    [Fact]
    public void Load_NothingSet_BroadRingOfPilotEarlyBroad_N1_Rate0()
    {
        var rollout = AgentSettingsLoader.Load(new FakeRegistry(), null).Settings.Rollout;

        Assert.Equal(("broad", 1, 0, false), (rollout.Ring, rollout.MinRecoveredHosts, rollout.MaxFailurePercent, rollout.IsRingSet));
        Assert.Equal(["pilot", "early", "broad"], rollout.Rings);
    }

    [Fact]
    public void Load_NamedRingFromPolicyList_WithDeferralsAndThresholds()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.Ring, RegistryValue.Sz("Canary"));
        registry.SetValue($@"{AgentSettingsLocations.PolicyKey}\{AgentSettingNames.RingOrder}", "1", RegistryValue.Sz("pilot"));
        registry.SetValue($@"{AgentSettingsLocations.PolicyKey}\{AgentSettingNames.RingOrder}", "2", RegistryValue.Sz("canary"));
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.RingDeferralHours, RegistryValue.Sz("canary=24"));
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.GateMinRecoveredHosts, RegistryValue.DWord(5));
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.GateMaxFailurePercent, RegistryValue.DWord(10));

        var layered = AgentSettingsLoader.Load(registry, null);

        Assert.True(layered.IsValid, string.Join(" ", layered.Problems));
        var rollout = layered.Settings.Rollout;
        Assert.Equal(("canary", 5, 10, true), (rollout.Ring, rollout.MinRecoveredHosts, rollout.MaxFailurePercent, rollout.IsRingSet));
        Assert.Equal(["pilot"], rollout.Before("canary"));
        Assert.Equal(TimeSpan.FromHours(24), rollout.DeferralOf("canary"));
        Assert.Equal("canary=24", layered.Entries.Single(e => e.Name == AgentSettingNames.RingDeferralHours).Value);
    }

    [Theory]
    [InlineData("Ring", "../etc", "must be a ring name")]
    [InlineData("Ring", "lab", "does not name it")]
    [InlineData("RingDeferralHours", "later=5", "RingOrder does not")]
    [InlineData("RingDeferralHours", "broad=-1", "ring=hours")]
    [InlineData("RingOrder", "pilot;pilot", "once")]
    [InlineData("GateMaxFailurePercent", "101", "0 to 100")]
    public void Load_BadRolloutValue_Problem(string name, string value, string problem)
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, name, RegistryValue.Sz(value));

        var layered = AgentSettingsLoader.Load(registry, null);

        Assert.Contains(layered.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }
}
