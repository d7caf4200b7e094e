namespace Patcher.Core.Rollout;

/// <summary>
/// Rollout rings (issue 14): policy puts each host in a ring; a ring after the first applies only while its gate on the
/// report share is open, and <c>patcher report</c> opens it when the rings before it have at least
/// <see cref="MinRecoveredHosts"/> hosts patched-recovered (for at least the ring's deferral) and a failure rate of at
/// most <see cref="MaxFailurePercent"/>. Settings <c>Ring</c>, <c>RingOrder</c>, <c>RingDeferralHours</c>,
/// <c>GateMinRecoveredHosts</c>, <c>GateMaxFailurePercent</c>.
/// </summary>
public sealed record RolloutPolicy
{
    /// <summary>The rings when policy names none: <c>pilot</c>, <c>early</c>, <c>broad</c>.</summary>
    public static readonly IReadOnlyList<string> DefaultRings = ["pilot", "early", "broad"];

    /// <summary>The ring a host is in when policy says nothing: <c>broad</c>, the last one.</summary>
    public const string DefaultRing = "broad";

    /// <summary>This host's ring.</summary>
    public string Ring { get; init; } = DefaultRing;

    /// <summary>
    /// Whether a settings layer set <see cref="Ring"/>. Rings are off until it does: a host with no <c>Ring</c> is reported
    /// in <c>broad</c> but not gated, so a fleet that has not adopted rings applies as it did before them. Set <c>Ring</c>
    /// for every host (Group Policy: <c>broad</c> for the domain, <c>pilot</c> for the pilot OU) to turn gating on.
    /// </summary>
    public bool IsRingSet { get; init; }

    /// <summary>Every ring, first (no gate) to last.</summary>
    public IReadOnlyList<string> Rings { get; init; } = DefaultRings;

    /// <summary>Per ring, how long the rings before it must have been patched-recovered before its gate opens; absent: none.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Deferrals { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>N: hosts in the rings before that must be patched-recovered for a gate to open (default 1).</summary>
    public int MinRecoveredHosts { get; init; } = 1;

    /// <summary>
    /// The highest failure rate, in percent, of the rings before at which a gate still opens (default 0: any failed,
    /// rolled-back or patched-not-verified host holds the rings after it).
    /// </summary>
    public int MaxFailurePercent { get; init; }

    /// <summary>Whether <paramref name="ring"/> is the first ring, the one that needs no gate.</summary>
    public bool IsFirst(string ring) => Rings.Count > 0 && string.Equals(Rings[0], ring, StringComparison.Ordinal);

    /// <summary>The rings before <paramref name="ring"/>, in order; empty for the first ring or one not in <see cref="Rings"/>.</summary>
    public IReadOnlyList<string> Before(string ring)
    {
        var index = Rings.ToList().IndexOf(ring);
        return index <= 0 ? [] : [.. Rings.Take(index)];
    }

    /// <summary>The deferral of <paramref name="ring"/>; zero when none is set.</summary>
    public TimeSpan DeferralOf(string ring) => Deferrals.TryGetValue(ring, out var deferral) ? deferral : TimeSpan.Zero;
}
