namespace Patcher.Core.Verification;

/// <summary>The poison messages queued before the patch: what verification expects to see rejected with an NDR.</summary>
/// <param name="TakenAt">When the queue was looked at.</param>
/// <param name="QueueReadable">
/// Whether the agent could read the queued messages themselves (a lab's <c>queue\*.p1</c>); false for a real MTA's
/// opaque database, where verification falls back to the MTA's 9411 events alone.
/// </param>
/// <param name="Inspected">How many queued messages were inspected.</param>
/// <param name="Messages">The poison ones.</param>
public sealed record PoisonInventory(DateTimeOffset TakenAt, bool QueueReadable, int Inspected, IReadOnlyList<PoisonMessage> Messages)
{
    /// <summary>No inventory could be taken: the queue database is opaque.</summary>
    public static PoisonInventory Opaque(DateTimeOffset at) => new(at, false, 0, []);

    /// <summary>One sentence for the report and the progress display.</summary>
    public string Summary => !QueueReadable
        ? "the queue database cannot be read message by message (a real MTA's database is opaque): poison rejection is judged from MTA event 9411 alone"
        : Messages.Count == 0
            ? $"{Inspected} queued message(s) inspected, none poison"
            : $"{Inspected} queued message(s) inspected, {Messages.Count} poison: {string.Join(", ", Messages.Select(m => m.Name))}";
}
