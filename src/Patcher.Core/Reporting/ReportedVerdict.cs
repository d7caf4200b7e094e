using Patcher.Core.Assessment;
using Patcher.Core.Health;

namespace Patcher.Core.Reporting;

/// <summary>Where an installation stood at one moment: its fix verdict and its health.</summary>
/// <param name="ObservedAt">When (the host's clock).</param>
/// <param name="Fix">The fix verdict; null when it was not assessed (no baseline).</param>
/// <param name="Health">The MTA's health.</param>
/// <param name="Reason">Why, in a sentence (the assessment's and the health probe's reasons).</param>
public sealed record ReportedVerdict(DateTimeOffset ObservedAt, FixVerdict? Fix, HealthVerdict Health, string Reason);
