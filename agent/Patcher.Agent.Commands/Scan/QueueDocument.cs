namespace Patcher.Agent.Scan;

/// <summary>The MTA queue's progress.</summary>
internal sealed record QueueDocument(int QueueLength, long Processed, long Rejected, DateTimeOffset LastProgress);
