using Patcher.Core.Reporting;

namespace Patcher.Core.Rollout;

/// <summary>What a ring gate is decided on, per host: its ring, its newest outcome, and when it last ended patched-recovered.</summary>
/// <param name="Ring">The ring its newest report names; null for a report written before rings (counted in no ring).</param>
/// <param name="Outcome">Its newest outcome.</param>
/// <param name="RecoveredAt">When its newest <c>patched-recovered</c> run finished; null when it never had one.</param>
public sealed record RingHost(string? Ring, HostOutcome Outcome, DateTimeOffset? RecoveredAt);
