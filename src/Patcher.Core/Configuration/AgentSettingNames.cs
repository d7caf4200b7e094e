namespace Patcher.Core.Configuration;

/// <summary>
/// The settings' names: the same in <c>patcher.settings.json</c>, under <c>HKLM\Software\Patcher\Agent</c>, and under
/// <c>HKLM\Software\Policies\Patcher\Agent</c> (the ADMX <c>valueName</c>s). Durations carry their unit in the name.
/// </summary>
public static class AgentSettingNames
{
    /// <summary>REG_SZ: UNC share for reports.</summary>
    public const string ReportShare = "ReportShare";

    /// <summary>REG_SZ: folder or UNC share holding hotfix packages.</summary>
    public const string PackageSource = "PackageSource";

    /// <summary>REG_SZ (separated by <c>;</c>), REG_MULTI_SZ, or a subkey of that name with one value per fingerprint (ADMX list).</summary>
    public const string TrustedSigners = "TrustedSigners";

    /// <summary>REG_DWORD <c>0</c> or <c>1</c>: whether apply may replace a file with an older one (default 0: refused, AP008).</summary>
    public const string AllowDowngrade = "AllowDowngrade";

    /// <summary>REG_SZ: <c>scan-only</c> or <c>scan-and-apply</c>.</summary>
    public const string Mode = "Mode";

    /// <summary>REG_DWORD: minutes between runs.</summary>
    public const string RunIntervalMinutes = "RunIntervalMinutes";

    /// <summary>REG_SZ <c>HH:mm</c>: the maintenance window opens.</summary>
    public const string MaintenanceWindowStart = "MaintenanceWindowStart";

    /// <summary>REG_SZ <c>HH:mm</c>: the maintenance window closes.</summary>
    public const string MaintenanceWindowEnd = "MaintenanceWindowEnd";

    /// <summary>REG_SZ: days the window opens, e.g. <c>Sat,Sun</c>; <c>*</c> for every day.</summary>
    public const string MaintenanceWindowDays = "MaintenanceWindowDays";

    /// <summary>REG_DWORD: seconds without queue progress before a running MTA is hung.</summary>
    public const string HungAfterSeconds = "HungAfterSeconds";

    /// <summary>REG_DWORD: seconds a restarted MTA must keep running to count as recovered.</summary>
    public const string StabilityWindowSeconds = "StabilityWindowSeconds";

    /// <summary>REG_DWORD: seconds a service may take to come back, every attempt included, before the agent gives up (default 120).</summary>
    public const string RestartStartBudgetSeconds = "RestartStartBudgetSeconds";

    /// <summary>REG_DWORD: seconds one start attempt may take.</summary>
    public const string RestartStartTimeoutSeconds = "RestartStartTimeoutSeconds";

    /// <summary>REG_DWORD: how many times a failed start is retried.</summary>
    public const string RestartMaxRetries = "RestartMaxRetries";

    /// <summary>REG_DWORD: seconds before the first retry (doubling after).</summary>
    public const string RestartBaseDelaySeconds = "RestartBaseDelaySeconds";

    /// <summary>REG_DWORD: the longest delay between attempts, in seconds.</summary>
    public const string RestartMaxDelaySeconds = "RestartMaxDelaySeconds";

    /// <summary>REG_DWORD: crashed starts in a row that open the breaker.</summary>
    public const string RestartCrashesBeforeBreak = "RestartCrashesBeforeBreak";

    /// <summary>REG_DWORD: seconds a stop may take before it is escalated.</summary>
    public const string RestartStopTimeoutSeconds = "RestartStopTimeoutSeconds";

    /// <summary>REG_SZ: <c>none</c> or <c>kill</c>.</summary>
    public const string RestartStopEscalation = "RestartStopEscalation";

    /// <summary>REG_DWORD: seconds a killed service may take to stop.</summary>
    public const string RestartKillTimeoutSeconds = "RestartKillTimeoutSeconds";

    /// <summary>REG_SZ: the host's rollout ring: <c>pilot</c>, <c>early</c>, <c>broad</c> (default) or a named ring listed in <see cref="RingOrder"/>.</summary>
    public const string Ring = "Ring";

    /// <summary>REG_SZ (separated by <c>;</c>), REG_MULTI_SZ or an ADMX list subkey: the rings, first to last (default <c>pilot;early;broad</c>).</summary>
    public const string RingOrder = "RingOrder";

    /// <summary>REG_SZ <c>ring=hours;...</c>, or an ADMX list subkey: how long the rings before a ring must be patched-recovered before its gate opens.</summary>
    public const string RingDeferralHours = "RingDeferralHours";

    /// <summary>REG_DWORD: N, the patched-recovered hosts the rings before a ring need for its gate to open (default 1).</summary>
    public const string GateMinRecoveredHosts = "GateMinRecoveredHosts";

    /// <summary>REG_DWORD 0–100: the highest failure rate (failed, rolled-back, patched-not-verified) of the rings before at which a gate opens (default 0).</summary>
    public const string GateMaxFailurePercent = "GateMaxFailurePercent";
}
