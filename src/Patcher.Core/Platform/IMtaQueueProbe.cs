namespace Patcher.Core.Platform;

/// <summary>
/// Reads an MTA's queue progress: the evidence that tells a hung MTA (KB Q248732: running, queue not empty, no
/// progress) from a working one.
/// </summary>
public interface IMtaQueueProbe
{
    /// <summary>The progress of the MTA whose database is at <paramref name="databasePath"/> (a host path), or null when unknown.</summary>
    QueueProgress? Read(string databasePath);
}
