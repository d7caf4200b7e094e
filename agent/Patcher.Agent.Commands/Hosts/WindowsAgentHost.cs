using System.Globalization;
using Patcher.Agent.Service;
using Patcher.Core.Configuration;
using Patcher.Core.Health;
using Patcher.Core.Pipeline;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Hosts;

/// <summary>This Windows server: production windows and timeouts, from the agent's settings.</summary>
internal sealed class WindowsAgentHost(HostPlatform platform, IAgentSettingsSource settings) : AgentHost(platform, settings)
{
    /// <inheritdoc />
    public override bool AcceptsLabOnlyPackages => false;

    /// <inheritdoc />
    public override MtaHealthOptions Health(TimeSpan? hungAfter) => new() { HungAfter = hungAfter ?? MtaHealthOptions.DefaultHungAfter };

    /// <inheritdoc />
    public override (HostRunOptions Options, string Description) RunOptions(AgentSettings settings, RunMode mode)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = HostRunOptions.FromSettings(settings, mode, AgentVersion) with { Apply = ApplyOptionsFor(settings) };
        return (options, string.Create(CultureInfo.InvariantCulture,
            $"windows from the agent's settings: stability {settings.StabilityWindow.TotalSeconds:0} s, hung after {settings.HungAfter.TotalSeconds:0} s"));
    }
}
