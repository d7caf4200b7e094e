using System.Globalization;
using Patcher.Agent.Hosts;
using Patcher.Agent.Service;
using Patcher.Core.Apply;
using Patcher.Core.Configuration;
using Patcher.Core.Health;
using Patcher.Core.Pipeline;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Services;
using Patcher.Core.Verification;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Hosts;

/// <summary>
/// A lab host: the agent's settings from its registry, with the lab's short windows and timeouts from <c>lab.json</c>
/// (seconds, so a lab story runs in minutes). Lab-only packages are accepted here.
/// </summary>
internal sealed class LabAgentHost(HostPlatform platform, IAgentSettingsSource settings, LabSettings lab) : AgentHost(platform, settings)
{
    /// <summary>How often a lab verification looks at the MTA.</summary>
    private static readonly TimeSpan VerifyPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How often the agent queries a lab service's state while it waits: a lab MTA stops and starts in a third of a second
    /// on a quiet machine, so the poll that sees its stop (and only then issues its start) must come within a few per cent
    /// of that (issue 13). 10 ms, as <c>patcher-lab downtime</c> polls for the plain restart it compares a patch with.
    /// </summary>
    private static readonly TimeSpan ServicePoll = TimeSpan.FromMilliseconds(10);

    /// <inheritdoc />
    public override bool AcceptsLabOnlyPackages => true;

    /// <inheritdoc />
    /// <remarks>The lab's crash tests kill the tool right after a journal step (<see cref="FaultInjection"/>).</remarks>
    public override ApplyOptions ApplyOptionsFor(AgentSettings settings) =>
        base.ApplyOptionsFor(settings) with { JournalWritten = FaultInjection.FromEnvironment() };

    /// <inheritdoc />
    public override MtaHealthOptions Health(TimeSpan? hungAfter) =>
        new() { HungAfter = hungAfter ?? TimeSpan.FromSeconds(lab.HungDetectionWindowSeconds) };

    /// <inheritdoc />
    public override (HostRunOptions Options, string Description) RunOptions(AgentSettings settings, RunMode mode)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new HostRunOptions
        {
            Mode = mode,
            AgentVersion = AgentVersion,
            Health = Health(null),
            Apply = ApplyOptionsFor(settings),
            Verification = new RecoveryVerifierOptions
            {
                StabilityWindow = TimeSpan.FromSeconds(lab.StabilityWindowSeconds),
                PollInterval = VerifyPoll,
                EvidenceGrace = TimeSpan.FromSeconds(10),
            },
            Restart = settings.Restart with
            {
                StartAttemptTimeout = TimeSpan.FromSeconds(lab.ServiceStartTimeoutSeconds),
                StopTimeout = TimeSpan.FromSeconds(lab.ServiceStopTimeoutSeconds),
                RetryBaseDelay = TimeSpan.FromMilliseconds(500),
                RetryMaxDelay = TimeSpan.FromSeconds(2),
                KillTimeout = TimeSpan.FromSeconds(10),
                StopEscalation = StopEscalation.Kill,
                PollInterval = ServicePoll,
            },
        };
        return (options, string.Create(CultureInfo.InvariantCulture,
            $"lab windows from lab.json: stability {lab.StabilityWindowSeconds} s, hung after {lab.HungDetectionWindowSeconds} s, start timeout {lab.ServiceStartTimeoutSeconds} s, retries from 0.5 s"));
    }
}
