using Patcher.Core.Rollout;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Demo;

/// <summary>One host of the demo fleet.</summary>
/// <param name="Name">The host name.</param>
/// <param name="Story">What it is, in a few words.</param>
/// <param name="Options">How the lab builds it.</param>
/// <param name="Setup">What is done to it after it starts.</param>
internal sealed record DemoHost(string Name, string Story, LabHostOptions Options, DemoSetup Setup = DemoSetup.None)
{
    /// <summary>The rollout ring the demo's policy puts it in (<c>soak</c> and <c>downtime</c> set no ring).</summary>
    public string Ring { get; init; } = RolloutPolicy.DefaultRing;

    /// <summary>
    /// Whether the demo makes its MTA fail the starts after the patch (the pilot's failure): set just before the pilot
    /// wave, cleared by the demo's operator before the host is run again. Only the demo does this; <c>soak</c> does not.
    /// </summary>
    public bool FailsAfterPatch { get; init; }
}
