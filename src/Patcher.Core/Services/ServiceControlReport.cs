namespace Patcher.Core.Services;

/// <summary>What stopping or starting a set of services came to: one outcome per service, in the order handled.</summary>
/// <param name="Action"><c>stop</c> or <c>start</c>.</param>
/// <param name="StartedAt">When it began.</param>
/// <param name="Duration">How long it took in all.</param>
/// <param name="Snapshots">Each service's state recorded before the stop, in stop order (for a start: what was restored).</param>
/// <param name="Services">Each service's outcome, in the order handled.</param>
public sealed record ServiceControlReport(
    string Action,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<ServiceSnapshot> Snapshots,
    IReadOnlyList<ServiceOutcome> Services)
{
    /// <summary>Whether every service ended where it was asked to be.</summary>
    public bool Succeeded => Services.All(service => service.Succeeded);

    /// <summary>The snapshots in start order (the reverse of the stop order), for <see cref="ServiceOrchestrator.StartAsync"/>.</summary>
    public IReadOnlyList<ServiceSnapshot> StartOrder => [.. Snapshots.Reverse()];
}
