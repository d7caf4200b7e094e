using Patcher.Core.Rollout;
using Patcher.Core.Versioning;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Demo;

/// <summary>
/// The demo's fleet: every case the pipeline must handle (issue 5), in two rollout rings (issue 14): a pilot of three
/// plain hosts, one of whose MTA will not start after the patch, and the rest in broad.
/// </summary>
internal static class DemoFleet
{
    /// <summary>The first ring: no gate.</summary>
    public const string Pilot = "pilot";

    /// <summary>The last ring: applies once its gate on the report share is open.</summary>
    public const string Broad = RolloutPolicy.DefaultRing;

    private const int Queue = 5;

    public static IReadOnlyList<DemoHost> Hosts { get; } =
    [
        new("EXCH-RTM", "5.5 RTM", Mta("5.5.1960.3")) { Ring = Pilot },
        new("EXCH-SP1", "SP1", Mta("5.5.2232.18")) { Ring = Pilot },
        new("EXCH-SP2", "SP2, MTA won't start patched", Mta("5.5.2448.1")) { Ring = Pilot, FailsAfterPatch = true },
        new("EXCH-SP3-HUNG", "SP3, poison queued: hung", Mta("5.5.2650.24", poison: 1), DemoSetup.Hung),
        new("EXCH-SP3-1067", "SP3, poison, restarted: 1067", Mta("5.5.2650.24", poison: 1), DemoSetup.CrashedWith1067),
        new("EXCH-HOTFIX", "hotfix 5.5.2651.69", Mta("5.5.2651.69")),
        new("EXCH-SP4", "SP4 5.5.2653.23", Mta("5.5.2653.23")),
        new("EXCH-HALF", "half-patched", Mta("5.5.2650.24") with { EngineVersion = FileVersion.Parse("5.5.2653.23") }),
        new("EXCH-FLAKY", "SP3, first 2 starts fail", Mta("5.5.2650.24") with { StartFailures = 2 }),
        new("EXCH-NOMTA", "no MTA", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), NoMta = true }),
    ];

    /// <summary>The hosts of <paramref name="ring"/>, in fleet order.</summary>
    public static IReadOnlyList<DemoHost> InRing(string ring) => [.. Hosts.Where(h => h.Ring == ring)];

    private static LabHostOptions Mta(string version, int poison = 0) =>
        new() { Version = FileVersion.Parse(version), QueueLength = Queue, PoisonCount = poison };
}
