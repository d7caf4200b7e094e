namespace Patcher.Agent.Fleet;

/// <summary>A run the <see cref="FleetIndex"/> holds for a file as it is now, and whether it holds its report's views too.</summary>
/// <param name="Run">The run.</param>
/// <param name="HasViews">Whether its JSON entry and host-page detail are stored (they are for a run that may be its host's newest).</param>
internal sealed record IndexedRun(HostRun Run, bool HasViews);
