namespace Patcher.Core.Verification;

/// <summary>How long <see cref="RecoveryVerifier"/> watches, and how often it looks.</summary>
public sealed record RecoveryVerifierOptions
{
    /// <summary>The production stability window: 5 minutes running before "running" counts (a lab sets seconds).</summary>
    public static readonly TimeSpan DefaultStabilityWindow = TimeSpan.FromMinutes(5);

    /// <summary>How long the MTA must stay running, same process, for the first check to hold. Defaults to <see cref="DefaultStabilityWindow"/>.</summary>
    public TimeSpan StabilityWindow { get; init; } = DefaultStabilityWindow;

    /// <summary>
    /// After the window, how much longer to wait for the queue and poison evidence (a large queue may take a while to
    /// reach the poison message); null: as long as the window.
    /// </summary>
    public TimeSpan? EvidenceGrace { get; init; }

    /// <summary>How often the service and the queue are looked at: 1 second.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Throws when a value is unusable, naming it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A window or the interval is not positive, or the interval exceeds the window.</exception>
    public void Validate()
    {
        if (StabilityWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StabilityWindow), StabilityWindow, "The stability window must be positive.");
        }

        if (PollInterval <= TimeSpan.Zero || PollInterval > StabilityWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "The poll interval must be positive and no longer than the stability window.");
        }

        if (EvidenceGrace is { } grace && grace < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(EvidenceGrace), grace, "The evidence grace must not be negative.");
        }
    }
}
