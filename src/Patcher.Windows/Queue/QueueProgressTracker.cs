using Patcher.Core.Platform;

namespace Patcher.Windows.Queue;

/// <summary>
/// Turns samples of the MTA's counters into <see cref="QueueProgress"/>: the counters say how much has been processed,
/// not when, so the tracker notes the time (on its <see cref="TimeProvider"/>) at which the total last moved.
/// </summary>
internal sealed class QueueProgressTracker
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long? _processed;
    private DateTimeOffset _lastProgress;

    /// <summary>Tracks on <paramref name="time"/>.</summary>
    public QueueProgressTracker(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>
    /// Records a sample. Progress is when the total grew; a total that fell means the MTA restarted (its counters reset),
    /// which counts as a fresh start. The first sample counts as progress too: nothing earlier is known.
    /// </summary>
    /// <remarks>
    /// Rejected is 0: the MTA's counters do not count rejections separately. The evidence that the poison message was
    /// rejected is the fixed MTA's event 9411 (<c>ExchangeEvents.MtaMessageRejected</c>), read from the event log.
    /// </remarks>
    public QueueProgress Observe(int queueLength, long processed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(queueLength);
        ArgumentOutOfRangeException.ThrowIfNegative(processed);
        lock (_gate)
        {
            if (_processed is not { } previous || processed != previous)
            {
                _lastProgress = _time.GetUtcNow();
            }

            _processed = processed;
            return new QueueProgress(queueLength, processed, Rejected: 0, _lastProgress);
        }
    }
}
