using Patcher.Agent.Hosts;
using Patcher.Core.Pipeline;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Rollout;

namespace Patcher.Agent.Run;

/// <summary>
/// The host <c>run</c>, <c>verify</c>, the service and the demo work on, and the windows that apply to it: on a server,
/// from its settings (file and policy); on a lab host, its settings with the lab's short windows from <c>lab.json</c>.
/// </summary>
/// <param name="Host">The opened host.</param>
/// <param name="Options">The run's windows, timeouts and retries.</param>
/// <param name="ReportShare">The report share policy names; null for none.</param>
/// <param name="Windows">How the windows were chosen, for the progress display.</param>
public sealed record RunTarget(AgentHost Host, HostRunOptions Options, string? ReportShare, string Windows)
{
    /// <summary>The platform: this Windows machine or a lab host.</summary>
    public HostPlatform Platform => Host.Platform;

    /// <summary>The signers trusted by configuration or policy (the command line may add more).</summary>
    public IReadOnlyList<string> TrustedSigners { get; init; } = [];

    /// <summary>Where the agent's settings say packages are (a folder or share), if anywhere.</summary>
    public string? PackageSource { get; init; }

    /// <summary>Opens <paramref name="target"/> with <paramref name="hosts"/>; on failure <paramref name="problem"/> says what to do.</summary>
    public static bool TryOpen(IHostOpener hosts, string? target, RunMode mode, TimeProvider time, out RunTarget? runTarget, out string problem)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        runTarget = null;
        if (!hosts.TryOpen(target, time, out var host, out problem))
        {
            return false;
        }

        var layered = host.Settings.Load();
        if (!layered.IsValid)
        {
            problem = $"the agent's settings are invalid: {string.Join("; ", layered.Problems)}";
            return false;
        }

        var settings = layered.Settings;
        var (options, windows) = host.RunOptions(settings, mode);

        // The one place the rule is enforced for every command and the service: lab packages only on a lab host.
        options = options with { Apply = options.Apply with { AcceptLabOnlyPackages = host.AcceptsLabOnlyPackages } };

        // Issue 14: the ring's gate is read from the report share before anything is applied; a scan changes nothing,
        // so it only records the ring.
        options = options with
        {
            Gate = mode == RunMode.Apply
                ? RingGateDecision.Read(settings.Rollout, settings.ReportShare)
                : new RingGateDecision(settings.Rollout.Ring, MayApply: true, "Scan only: the ring's gate is not read."),
        };
        runTarget = new RunTarget(host, options, settings.ReportShare, windows)
        {
            TrustedSigners = settings.TrustedSigners,
            PackageSource = settings.PackageSource,
        };
        return true;
    }
}
