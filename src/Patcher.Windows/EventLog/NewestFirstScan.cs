namespace Patcher.Windows.EventLog;

/// <summary>
/// Reads the tail of a log that is ordered oldest first: from the newest record backwards, stopping at the first one
/// older than the cut-off, so the cost is the number of recent records rather than the size of the log.
/// </summary>
internal static class NewestFirstScan
{
    /// <summary>The records at or after <paramref name="since"/>, oldest first.</summary>
    /// <param name="count">How many records the log holds.</param>
    /// <param name="at">The record at an index (0 = oldest).</param>
    /// <param name="timeOf">When a record was written.</param>
    /// <param name="since">The cut-off.</param>
    public static List<T> TakeSince<T>(int count, Func<int, T> at, Func<T, DateTimeOffset> timeOf, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(timeOf);
        var taken = new List<T>();
        for (var i = count - 1; i >= 0; i--)
        {
            var record = at(i);
            if (timeOf(record) < since)
            {
                break;
            }

            taken.Add(record);
        }

        taken.Reverse();
        return taken;
    }

    /// <summary>
    /// The cut-off to compare record times with: the classic event log stamps records to the whole second, so an event
    /// written at 12:00:00.7 reads as 12:00:00; truncating <paramref name="since"/> keeps it when since is 12:00:00.5.
    /// </summary>
    public static DateTimeOffset WholeSecond(DateTimeOffset since) =>
        new(since.Ticks - (since.Ticks % TimeSpan.TicksPerSecond), since.Offset);
}
