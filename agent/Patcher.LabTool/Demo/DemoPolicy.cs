using Patcher.Core.Configuration;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Registry;

namespace Patcher.LabTool.Demo;

/// <summary>
/// The demo's Group Policy, written to each lab host's registry as a GPO would (HKLM\Software\Policies\Patcher\Agent):
/// its rollout ring (<c>Ring</c>) and the report share (<c>ReportShare</c>) its reports go to and its gate is read from.
/// The rest of the ring policy keeps its defaults: rings pilot, early, broad; a gate opens on at least 1 recovered host
/// and no failure (GateMinRecoveredHosts 1, GateMaxFailurePercent 0); no deferral.
/// </summary>
internal static class DemoPolicy
{
    public static void Apply(LabHostPaths host, string ring, string share)
    {
        ArgumentNullException.ThrowIfNull(host);
        var registry = new LabRegistry(host.RegistryFile);
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.Ring, RegistryValue.Sz(ring));
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.ReportShare, RegistryValue.Sz(share));
    }
}
