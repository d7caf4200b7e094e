using Patcher.Core.Health;
using Patcher.Core.Rollout;
using Patcher.Core.Services;

namespace Patcher.Core.Configuration;

/// <summary>
/// Everything the agent's service reads, with its built-in default. Loaded in layers by <see cref="AgentSettingsLoader"/>
/// (defaults &lt; <c>patcher.settings.json</c> &lt; <c>HKLM\Software\Patcher\Agent</c> &lt; policy); setting names in
/// <see cref="AgentSettingNames"/>.
/// </summary>
public sealed record AgentSettings
{
    /// <summary>The default run interval: 4 hours.</summary>
    public static readonly TimeSpan DefaultRunInterval = TimeSpan.FromHours(4);

    /// <summary>The default stability window: 5 minutes running before a restart counts as recovered.</summary>
    public static readonly TimeSpan DefaultStabilityWindow = TimeSpan.FromMinutes(5);

    /// <summary>Where per-host reports are copied (a UNC share); null: reports stay on the host.</summary>
    public string? ReportShare { get; init; }

    /// <summary>Where hotfix packages are found (a folder or UNC share); null: none (required for scan-and-apply).</summary>
    public string? PackageSource { get; init; }

    /// <summary>SHA-256 fingerprints (64 upper-case hex digits) of the certificates a package may be signed with.</summary>
    public IReadOnlyList<string> TrustedSigners { get; init; } = [];

    /// <summary>Whether apply may replace a file with an older version of it: false by default (refused with AP008).</summary>
    public bool AllowDowngrade { get; init; }

    /// <summary>Scan only (the default) or scan and apply.</summary>
    public AgentMode Mode { get; init; } = AgentMode.ScanOnly;

    /// <summary>How long after one run the next starts: 4 hours by default.</summary>
    public TimeSpan RunInterval { get; init; } = DefaultRunInterval;

    /// <summary>When runs may start; null: at any time.</summary>
    public MaintenanceWindow? MaintenanceWindow { get; init; }

    /// <summary>An MTA whose non-empty queue makes no progress for this long is hung: 15 minutes by default.</summary>
    public TimeSpan HungAfter { get; init; } = MtaHealthOptions.DefaultHungAfter;

    /// <summary>How long a restarted MTA must keep running to count as recovered: 5 minutes by default.</summary>
    public TimeSpan StabilityWindow { get; init; } = DefaultStabilityWindow;

    /// <summary>How services are stopped and restarted around a hotfix; defaults are <see cref="ServiceRestartPolicy"/>'s.</summary>
    public ServiceRestartPolicy Restart { get; init; } = new();

    /// <summary>The host's rollout ring, the ring order, deferrals and gate thresholds; defaults are <see cref="RolloutPolicy"/>'s.</summary>
    public RolloutPolicy Rollout { get; init; } = new();
}
