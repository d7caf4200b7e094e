using Patcher.Core.Apply;
using Patcher.Core.Health;
using Patcher.Core.Reporting;
using Patcher.Core.Services;
using Patcher.Core.Verification;

namespace Patcher.Core.Pipeline;

/// <summary>How <see cref="HostRun"/> works on a host: what it may do and its windows, timeouts and retries.</summary>
public sealed record HostRunOptions
{
    /// <summary>Apply where needed, or only look.</summary>
    public RunMode Mode { get; init; } = RunMode.Apply;

    /// <summary>The agent's version, for the report.</summary>
    public string AgentVersion { get; init; } = "0.0.0";

    /// <summary>The hung window and event lookback of the health probe.</summary>
    public MtaHealthOptions Health { get; init; } = new();

    /// <summary>The stability window and polling of verification.</summary>
    public RecoveryVerifierOptions Verification { get; init; } = new();

    /// <summary>Timeouts, retries and breaker of every stop and start.</summary>
    public ServiceRestartPolicy Restart { get; init; } = new();

    /// <summary>Apply's options (downgrades, lab packages, the fault-injection hook).</summary>
    public ApplyOptions Apply { get; init; } = new();

    /// <summary>
    /// The host's rollout ring and what its gate said, read before the run (<see cref="Rollout.RingGateDecision.Read"/>);
    /// null: no rings (tests, <c>apply</c>). A gate that does not let the host apply turns the apply into <c>held</c>.
    /// </summary>
    public Rollout.RingGateDecision? Gate { get; init; }

    /// <summary>
    /// The production options from the agent's settings: health, verification and restart windows, and apply's
    /// <see cref="ApplyOptions.AllowDowngrade"/> (lab packages are never accepted).
    /// </summary>
    public static HostRunOptions FromSettings(Configuration.AgentSettings settings, RunMode mode, string agentVersion)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new HostRunOptions
        {
            Mode = mode,
            AgentVersion = agentVersion,
            Health = new MtaHealthOptions { HungAfter = settings.HungAfter },
            Verification = new RecoveryVerifierOptions { StabilityWindow = settings.StabilityWindow },
            Restart = settings.Restart,
            Apply = new ApplyOptions { AllowDowngrade = settings.AllowDowngrade },
        };
    }
}
