namespace Patcher.Core.Platform;

/// <summary>What reading one event log gave: its entries, or why it could not be read.</summary>
/// <param name="Entries">The entries read (empty when the log could not be read).</param>
/// <param name="Problem">Why the log could not be read, for the evidence; null when it was read.</param>
public sealed record EventLogRead(IReadOnlyList<EventLogEntry> Entries, string? Problem)
{
    /// <summary>Whether the log was read.</summary>
    public bool Readable => Problem is null;
}
