using Patcher.Core.Reporting;
using Patcher.Core.Rollout;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The ring gates of a fleet (issue 14): decided by <see cref="RingGateDecider"/> from each host's newest run and its
/// newest <c>patched-recovered</c> run, written to <c>gates/&lt;ring&gt;.json</c> in the folder of host reports (the
/// report share the agents read them from).
/// </summary>
internal static class FleetGates
{
    /// <summary>The hosts as the gates see them.</summary>
    public static IEnumerable<RingHost> Hosts(FleetReport fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var recovered = fleet.Runs
            .Where(r => r.Outcome == HostOutcome.PatchedRecovered)
            .GroupBy(r => r.HostKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.FinishedAt), StringComparer.Ordinal);
        return fleet.Hosts.Select(h => new RingHost(
            h.Ring.Length == 0 ? null : h.Ring,
            h.Outcome,
            recovered.TryGetValue(h.HostKey, out var at) ? at : null));
    }

    /// <summary>Decides and writes every ring's gate into <paramref name="folder"/>; returns each gate with its path.</summary>
    public static IReadOnlyList<(RingGate Gate, string Path)> Write(string folder, FleetReport fleet, RolloutPolicy policy) =>
        [.. RingGateDecider.Decide(policy, Hosts(fleet), fleet.GeneratedAt).Select(gate => (gate, RingGateFile.Write(folder, gate)))];
}
