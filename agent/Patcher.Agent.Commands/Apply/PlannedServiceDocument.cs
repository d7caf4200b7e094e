namespace Patcher.Agent.Apply;

/// <summary>A service to stop, with its state now (only those running now are started again).</summary>
internal sealed record PlannedServiceDocument(string Name, string State);
