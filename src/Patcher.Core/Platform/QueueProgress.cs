namespace Patcher.Core.Platform;

/// <summary>How far an MTA has got through its work queue.</summary>
/// <param name="QueueLength">Messages waiting.</param>
/// <param name="Processed">Messages taken off the queue since the MTA started (relayed or rejected).</param>
/// <param name="Rejected">Of those, rejected with a non-delivery report.</param>
/// <param name="LastProgress">When the MTA last took a message off the queue (or started, if it has not yet).</param>
public sealed record QueueProgress(int QueueLength, long Processed, long Rejected, DateTimeOffset LastProgress);
