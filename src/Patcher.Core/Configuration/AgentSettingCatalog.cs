using Patcher.Core.Services;
using static Patcher.Core.Configuration.AgentSettingNames;

namespace Patcher.Core.Configuration;

/// <summary>Every setting the agent reads, in the order <c>patcher config show</c> prints them.</summary>
internal static class AgentSettingCatalog
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly string[] ModeNames = ["scan-only", "scan-and-apply"];
    private static readonly string[] EscalationNames = ["none", "kill"];

    public static IReadOnlyList<AgentSettingDefinition> All { get; } =
    [
        new(ReportShare, "UNC share the per-host reports are copied to; empty: reports stay on the host.",
            (raw, d) => Set(SettingText.Location(raw, out var v), () => d.Settings = d.Settings with { ReportShare = v }),
            d => d.Settings.ReportShare ?? ""),
        new(PackageSource, "Folder or UNC share holding hotfix packages (.nupkg); needed for scan-and-apply.",
            (raw, d) => Set(SettingText.Location(raw, out var v), () => d.Settings = d.Settings with { PackageSource = v }),
            d => d.Settings.PackageSource ?? ""),
        new(TrustedSigners, "SHA-256 fingerprints of the certificates hotfix packages may be signed with.",
            (raw, d) => Set(SettingText.Fingerprints(raw, out var v), () => d.Settings = d.Settings with { TrustedSigners = v }),
            d => string.Join(";", d.Settings.TrustedSigners),
            IsList: true),
        new(AllowDowngrade, "1: apply may replace a file with an older version of it; 0 (default): such a package is refused.",
            (raw, d) => Set(SettingText.Flag(raw, out var v), () => d.Settings = d.Settings with { AllowDowngrade = v }),
            d => d.Settings.AllowDowngrade ? "1" : "0"),
        new(Mode, "scan-only, or scan-and-apply: also apply the hotfix where needed.",
            (raw, d) => Set(SettingText.OneOf(raw, ModeNames, out var i), () => d.Settings = d.Settings with { Mode = (AgentMode)i }),
            d => ModeNames[(int)d.Settings.Mode]),
        new(RunIntervalMinutes, "Minutes from one run to the next (the first runs at service start).",
            (raw, d) => Set(SettingText.Duration(raw, 5, 10080, Minute, out var v), () => d.Settings = d.Settings with { RunInterval = v }),
            d => SettingText.ShowDuration(d.Settings.RunInterval, Minute)),
        new(Ring, "The host's rollout ring: pilot, early, broad (default) or a ring named in RingOrder; a ring after the first applies only while its gate on the report share is open.",
            (raw, d) => Set(SettingText.Ring(raw, out var v), () => d.Rollout(r => r with { Ring = v })),
            d => d.Settings.Rollout.Ring),
        new(RingOrder, "The rollout rings, first (needs no gate) to last; default pilot;early;broad.",
            (raw, d) => Set(SettingText.Rings(raw, out var v), () => d.Rollout(r => r with { Rings = v })),
            d => string.Join(";", d.Settings.Rollout.Rings),
            IsList: true),
        new(RingDeferralHours, "Per ring, hours the rings before it must have been patched-recovered before its gate opens (ring=hours;...); default none.",
            (raw, d) => Set(SettingText.Deferrals(raw, out var v), () => d.Rollout(r => r with { Deferrals = v })),
            d => SettingText.ShowDeferrals(d.Settings.Rollout.Deferrals),
            IsList: true),
        new(GateMinRecoveredHosts, "N: hosts of the rings before a ring that must be patched-recovered for its gate to open (patcher report decides).",
            (raw, d) => Set(SettingText.Number(raw, 0, 100000, out var v), () => d.Rollout(r => r with { MinRecoveredHosts = v })),
            d => d.Settings.Rollout.MinRecoveredHosts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(GateMaxFailurePercent, "The highest failure rate (failed, rolled-back, patched-not-verified), in percent of the rings before, at which a gate opens.",
            (raw, d) => Set(SettingText.Number(raw, 0, 100, out var v), () => d.Rollout(r => r with { MaxFailurePercent = v })),
            d => d.Settings.Rollout.MaxFailurePercent.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(MaintenanceWindowStart, "Runs start only from this time of day (HH:mm, server time); empty: any time.",
            (raw, d) => Set(SettingText.TimeOfDay(raw, out var v), () => d.WindowStart = v),
            d => d.WindowStart is { } t ? SettingText.ShowTime(t) : ""),
        new(MaintenanceWindowEnd, "... until this time of day (HH:mm); before the start means past midnight.",
            (raw, d) => Set(SettingText.TimeOfDay(raw, out var v), () => d.WindowEnd = v),
            d => d.WindowEnd is { } t ? SettingText.ShowTime(t) : ""),
        new(MaintenanceWindowDays, "... on these days (Mon,Tue,...; * for every day).",
            (raw, d) => Set(SettingText.Days(raw, out var v), () => d.WindowDays = v),
            d => SettingText.ShowDays(d.WindowDays)),
        new(HungAfterSeconds, "Seconds without queue progress after which a running MTA counts as hung.",
            (raw, d) => Set(SettingText.Duration(raw, 10, 86400, Second, out var v), () => d.Settings = d.Settings with { HungAfter = v }),
            d => SettingText.ShowDuration(d.Settings.HungAfter, Second)),
        new(StabilityWindowSeconds, "Seconds a restarted MTA must keep running to count as recovered.",
            (raw, d) => Set(SettingText.Duration(raw, 1, 86400, Second, out var v), () => d.Settings = d.Settings with { StabilityWindow = v }),
            d => SettingText.ShowDuration(d.Settings.StabilityWindow, Second)),
        Restart(RestartStartBudgetSeconds, "Seconds a service may take to come back, every attempt and delay included, before the agent gives up and rolls back (bounds how long the MTA stays down).",
            1, 86400, (p, v) => p with { StartBudget = v * Second }, p => p.StartBudget / Second),
        Restart(RestartStartTimeoutSeconds, "Seconds one service start attempt may take, at most the start budget (MTACHECK can make it long).",
            1, 86400, (p, v) => p with { StartAttemptTimeout = v * Second }, p => p.StartAttemptTimeout / Second),
        Restart(RestartMaxRetries, "How many times a failed start is tried again.",
            0, 20, (p, v) => p with { MaxStartRetries = v }, p => p.MaxStartRetries),
        Restart(RestartBaseDelaySeconds, "Seconds before the first retry; each later retry doubles it (with jitter).",
            0, 3600, (p, v) => p with { RetryBaseDelay = v * Second }, p => p.RetryBaseDelay / Second),
        Restart(RestartMaxDelaySeconds, "The longest delay between two start attempts, in seconds.",
            0, 86400, (p, v) => p with { RetryMaxDelay = v * Second }, p => p.RetryMaxDelay / Second),
        Restart(RestartCrashesBeforeBreak, "Crashed starts in a row (exit 1067) after which the breaker ends the restart.",
            2, 100, (p, v) => p with { CrashesBeforeBreak = v }, p => p.CrashesBeforeBreak),
        Restart(RestartStopTimeoutSeconds, "Seconds a service stop may take before it is escalated.",
            1, 86400, (p, v) => p with { StopTimeout = v * Second }, p => p.StopTimeout / Second),
        new(RestartStopEscalation, "What to do with a stop that timed out: none (report and leave it) or kill (end its process).",
            (raw, d) => Set(SettingText.OneOf(raw, EscalationNames, out var i), () => d.Restart(p => p with { StopEscalation = (StopEscalation)i })),
            d => EscalationNames[(int)d.Settings.Restart.StopEscalation]),
        Restart(RestartKillTimeoutSeconds, "Seconds a killed service may take to reach Stopped.",
            1, 3600, (p, v) => p with { KillTimeout = v * Second }, p => p.KillTimeout / Second),
    ];

    /// <summary>The definition named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static AgentSettingDefinition? Find(string name) =>
        All.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static AgentSettingDefinition Restart(
        string name, string description, int min, int max, Func<ServiceRestartPolicy, int, ServiceRestartPolicy> set, Func<ServiceRestartPolicy, double> get) =>
        new(name, description,
            (raw, d) => Set(SettingText.Number(raw, min, max, out var v), () => d.Restart(p => set(p, v))),
            d => ((long)get(d.Settings.Restart)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? Set(string? problem, Action apply)
    {
        if (problem is null)
        {
            apply();
        }

        return problem;
    }
}
