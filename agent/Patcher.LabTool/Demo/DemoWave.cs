using Patcher.Core.Reporting;

namespace Patcher.LabTool.Demo;

/// <summary>One wave of the demo's rollout: the agent's run on some hosts, at once, and how each run ended.</summary>
/// <param name="Name">How the summary names it, e.g. <c>wave 1: pilot</c>.</param>
/// <param name="Hosts">The hosts it ran on.</param>
/// <param name="Reports">Each host's report of this wave, by host name.</param>
internal sealed record DemoWave(string Name, IReadOnlyList<DemoHost> Hosts, IReadOnlyDictionary<string, HostReport> Reports)
{
    /// <summary>Whether every host of the wave has a report.</summary>
    public bool IsComplete => Hosts.All(h => Reports.ContainsKey(h.Name));

    /// <summary>The wave's reports, in fleet order.</summary>
    public IEnumerable<(DemoHost Host, HostReport Report)> Runs =>
        Hosts.Where(h => Reports.ContainsKey(h.Name)).Select(h => (h, Reports[h.Name]));
}
