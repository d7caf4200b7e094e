using Patcher.Agent.Service;
using Patcher.Core.Apply;
using Patcher.Core.Configuration;
using Patcher.Core.Health;
using Patcher.Core.Pipeline;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Hosts;

/// <summary>
/// An opened host, as every command and the service see it: its platform, its settings, and the windows and timeouts
/// that suit it (a production server's from its settings; a lab host's short ones from its <c>lab.json</c>).
/// </summary>
public abstract class AgentHost(HostPlatform platform, IAgentSettingsSource settings)
{
    /// <summary>The platform: this Windows machine or a lab host.</summary>
    public HostPlatform Platform { get; } = platform;

    /// <summary>The agent's layered settings on this host.</summary>
    public IAgentSettingsSource Settings { get; } = settings;

    /// <summary>Whether a package marked <c>labOnly</c> may be applied here: only on a lab host, never on a server.</summary>
    public abstract bool AcceptsLabOnlyPackages { get; }

    /// <summary>The hung window of <c>scan</c> and <c>check</c>: <paramref name="hungAfter"/> when given, else the host's own.</summary>
    public abstract MtaHealthOptions Health(TimeSpan? hungAfter);

    /// <summary>
    /// Apply's options on this host under <paramref name="settings"/>: downgrades as the settings allow. Whether lab
    /// packages are accepted is not decided here: <see cref="Run.RunTarget.TryOpen"/> sets it from
    /// <see cref="AcceptsLabOnlyPackages"/> for every command and the service.
    /// </summary>
    public virtual ApplyOptions ApplyOptionsFor(AgentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ApplyOptions { AllowDowngrade = settings.AllowDowngrade };
    }

    /// <summary>The run's windows, timeouts and retries under <paramref name="settings"/>, and a line that says where they came from.</summary>
    public abstract (HostRunOptions Options, string Description) RunOptions(AgentSettings settings, RunMode mode);

    /// <summary>The agent's version (major.minor.patch), as host reports carry it.</summary>
    public static string AgentVersion => typeof(AgentHost).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
