using Patcher.Core.Reporting;

namespace Patcher.Core.Pipeline;

/// <summary>How a run ended on a host, and why.</summary>
/// <param name="Outcome">The host's outcome.</param>
/// <param name="Reason">A sentence a human can act on.</param>
internal sealed record RunConclusion(HostOutcome Outcome, string Reason);
