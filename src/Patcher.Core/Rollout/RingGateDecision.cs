using System.Globalization;

namespace Patcher.Core.Rollout;

/// <summary>What the agent read of its ring's gate before the run: whether it may apply, and why.</summary>
/// <param name="Ring">The host's ring.</param>
/// <param name="MayApply">False: the run applies nothing and ends <c>held</c> where it would have applied.</param>
/// <param name="Reason">One line: the first ring, the gate's own reason, or what was wrong with it.</param>
public sealed record RingGateDecision(string Ring, bool MayApply, string Reason)
{
    /// <summary>
    /// Reads the gate of <paramref name="policy"/>'s ring from <paramref name="share"/>. The first ring needs none;
    /// any other ring is held unless its gate is there, readable, for its ring, and open: a missing, unreadable or forged
    /// gate holds (at worst a delay), it never lets a host apply.
    /// </summary>
    public static RingGateDecision Read(RolloutPolicy policy, string? share)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var ring = policy.Ring;
        if (!policy.IsRingSet)
        {
            return new RingGateDecision(ring, true, $"No Ring is set for this host: rollout rings are off (it is reported in {ring}).");
        }

        if (policy.IsFirst(ring))
        {
            return new RingGateDecision(ring, true, $"Ring {ring} is the first ring: no gate.");
        }

        if (string.IsNullOrWhiteSpace(share))
        {
            return new RingGateDecision(ring, false, $"Ring {ring} is held: no report share is set, so its gate cannot be read (set ReportShare, or put the host in ring {policy.Rings[0]}).");
        }

        var gate = RingGateFile.TryRead(share, ring, out var problem);
        return gate switch
        {
            null => new RingGateDecision(ring, false, $"Ring {ring} is held: {problem}."),
            { IsOpen: false } => new RingGateDecision(ring, false, string.Create(CultureInfo.InvariantCulture,
                $"Ring {ring} is held by its gate ({gate.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z): {RingGateFile.OneLine(gate.Reason)}")),
            _ => new RingGateDecision(ring, true, string.Create(CultureInfo.InvariantCulture,
                $"Ring {ring}'s gate is open ({gate.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z): {RingGateFile.OneLine(gate.Reason)}")),
        };
    }
}
