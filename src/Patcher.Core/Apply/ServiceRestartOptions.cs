namespace Patcher.Core.Apply;

/// <summary>How long apply waits for services; validated up front.</summary>
public sealed record ServiceRestartOptions
{
    /// <summary>How long a stop may take before apply gives up: 5 minutes (DOMAIN.md: stopping the MTA can take minutes).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a start may take: 15 minutes (after an unclean stop the MTA runs MTACHECK first).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a pending service is queried: 250 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Refuses values that cannot work.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StopTimeout, TimeSpan.Zero, nameof(StopTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StartTimeout, TimeSpan.Zero, nameof(StartTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
    }
}
