using System.Globalization;
using Patcher.Core.Reporting;

namespace Patcher.Core.Rollout;

/// <summary>
/// Decides every ring's gate from the fleet (issue 14): the first ring's is always open; a later ring's opens when the
/// rings before it have at least N hosts recovered (patched-recovered at least the ring's deferral ago, and compliant
/// since) and a failure rate (failed, rolled-back, patched-not-verified over the hosts of those rings that applied) of at
/// most the policy's maximum. Pure: the fleet and the time in, the gates out.
/// </summary>
public static class RingGateDecider
{
    /// <summary>One gate per ring of <paramref name="policy"/>, in ring order.</summary>
    public static IReadOnlyList<RingGate> Decide(RolloutPolicy policy, IEnumerable<RingHost> hosts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(hosts);
        var fleet = hosts.ToArray();
        return [.. policy.Rings.Select(ring => Decide(policy, ring, fleet, now))];
    }

    private static RingGate Decide(RolloutPolicy policy, string ring, RingHost[] fleet, DateTimeOffset now)
    {
        var before = policy.Before(ring);
        var deferral = policy.DeferralOf(ring);
        var members = fleet.Where(h => h.Ring is not null && before.Contains(h.Ring, StringComparer.Ordinal)).ToArray();
        var recoveredAny = members.Count(h => h.Outcome.IsCompliant() && h.RecoveredAt is not null);
        var recovered = members.Count(h => h.Outcome.IsCompliant() && h.RecoveredAt is { } at && now - at >= deferral);
        var failing = members.Count(h => h.Outcome is HostOutcome.Failed or HostOutcome.RolledBack or HostOutcome.PatchedNotVerified);
        var applied = recoveredAny + failing;
        var percent = applied == 0 ? 0 : Math.Round(100.0 * failing / applied, 1, MidpointRounding.AwayFromZero);
        var hours = (int)deferral.TotalHours;
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{recovered} recovered{(deferral > TimeSpan.Zero ? $" for {hours} h or more" : string.Empty)} (N = {policy.MinRecoveredHosts}), {failing} of {applied} failing ({percent}%, at most {policy.MaxFailurePercent}%)");
        var rings = string.Join(", ", before);
        var (open, reason) = before.Count == 0
            ? (true, $"{ring} is the first ring: it needs no gate.")
            : recovered < policy.MinRecoveredHosts
                ? (false, $"Closed: the rings before {ring} ({rings}) have too few recovered hosts: {figures}.")
                : percent > policy.MaxFailurePercent
                    ? (false, $"Closed: the rings before {ring} ({rings}) fail too often: {figures}.")
                    : (true, $"Open: the rings before {ring} ({rings}) meet the gate: {figures}.");
        return new RingGate(RingGate.CurrentFormat, ring, open ? RingGate.Open : RingGate.Closed, now, before,
            policy.MinRecoveredHosts, policy.MaxFailurePercent, hours, recovered, failing, percent, reason);
    }
}
