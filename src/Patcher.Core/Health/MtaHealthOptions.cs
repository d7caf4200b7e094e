namespace Patcher.Core.Health;

/// <summary>How <see cref="MtaHealthProbe"/> judges an MTA.</summary>
public sealed record MtaHealthOptions
{
    /// <summary>The production hung window: 15 minutes without progress on a non-empty queue.</summary>
    public static readonly TimeSpan DefaultHungAfter = TimeSpan.FromMinutes(15);

    /// <summary>How far back SCM events are read by default: 24 hours.</summary>
    public static readonly TimeSpan DefaultEventLookback = TimeSpan.FromHours(24);

    /// <summary>
    /// A running MTA with a non-empty queue and no progress for longer than this is hung. Defaults to
    /// <see cref="DefaultHungAfter"/>; a lab host sets its own short window.
    /// </summary>
    public TimeSpan HungAfter { get; init; } = DefaultHungAfter;

    /// <summary>SCM events (7031/7034/7023/7024) younger than this are reported. Defaults to <see cref="DefaultEventLookback"/>.</summary>
    public TimeSpan EventLookback { get; init; } = DefaultEventLookback;

    /// <summary>Checks the options, with a message that names the bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A window is zero or negative.</exception>
    public void Validate()
    {
        if (HungAfter <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(HungAfter), HungAfter, "The hung window must be positive.");
        }

        if (EventLookback <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(EventLookback), EventLookback, "The event lookback must be positive.");
        }
    }
}
