namespace Patcher.Core.Reporting;

/// <summary>One action of the run, with its times.</summary>
/// <param name="Name">What it was (<see cref="ReportActions"/>), e.g. <c>stop-service</c>.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Result">How it ended.</param>
/// <param name="Detail">What it was about or why it failed, e.g. <c>MSExchangeMTA</c>; null when the name says it all.</param>
public sealed record ReportedAction(string Name, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, ActionResult Result, string? Detail = null);
