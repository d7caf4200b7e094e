using Patcher.Agent.Service;
using Patcher.Core.Configuration;
using Patcher.Core.Platform;

namespace Patcher.Agent.Config;

/// <summary>
/// The agent's settings on this machine (HKLM, and <c>patcher.settings.json</c> beside the executable) or on a lab host
/// (its registry plays HKLM, and the file sits in the host's folder).
/// </summary>
public sealed class AgentSettingsSource(IRegistry registry, string settingsFile) : IAgentSettingsSource
{
    /// <summary>The configuration file looked for.</summary>
    public string SettingsFile { get; } = settingsFile;

    /// <inheritdoc />
    public LayeredAgentSettings Load() => AgentSettingsLoader.Load(registry, SettingsFile);
}
