using System.Collections.Concurrent;
using System.Runtime.Versioning;
using Patcher.Core.Platform;

namespace Patcher.Windows.Queue;

/// <summary>
/// The real MTA's queue progress, from its performance counters (<see cref="MtaPerformanceCounters"/>) through pdh.dll.
/// Null (unknown) whenever they cannot be read: the MTA is not running, its counters are not installed or are disabled.
/// </summary>
/// <remarks>
/// Exchange 5.5 runs one MTA per server and its counter object has no instances, so <c>databasePath</c> does not pick
/// the counters; it only keys the progress history, so that each MTA database's "last progress" is its own.
/// </remarks>
[SupportedOSPlatform("windows")]
public sealed class WindowsMtaQueueProbe : IMtaQueueProbe
{
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, QueueProgressTracker> _trackers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Notes progress times on <paramref name="time"/>.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsMtaQueueProbe(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        WindowsOnly.Ensure(nameof(WindowsMtaQueueProbe));
        _time = time;
    }

    /// <inheritdoc />
    public QueueProgress? Read(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        if (Sample() is not var (queueLength, processed))
        {
            return null;
        }

        var tracker = _trackers.GetOrAdd(databasePath.TrimEnd('\\'), _ => new QueueProgressTracker(_time));
        return tracker.Observe(queueLength, processed);
    }

    // Both counters are raw (a count and a total), so one collection gives valid values; rates would need two.
    private static (int QueueLength, long Processed)? Sample()
    {
        if (Pdh.PdhOpenQuery(null, 0, out var query) != Pdh.Success)
        {
            return null;
        }

        using (query)
        {
            if (Pdh.PdhAddEnglishCounter(query, MtaPerformanceCounters.WorkQueueLength, 0, out var queueCounter) != Pdh.Success
                || Pdh.PdhAddEnglishCounter(query, MtaPerformanceCounters.OutboundMessagesTotal, 0, out var totalCounter) != Pdh.Success
                || Pdh.PdhCollectQueryData(query) != Pdh.Success)
            {
                return null;
            }

            return Value(queueCounter) is { } queueLength && Value(totalCounter) is { } processed && queueLength <= int.MaxValue
                ? ((int)queueLength, processed)
                : null;
        }
    }

    private static long? Value(nint counter) =>
        Pdh.PdhGetFormattedCounterValue(counter, Pdh.FormatLarge | Pdh.FormatNoCap100, out _, out var value) == Pdh.Success
        && value.CStatus is Pdh.ValidData or Pdh.NewData
        && value.LargeValue >= 0
            ? value.LargeValue
            : null;
}
