namespace Patcher.Core.Configuration;

/// <summary>The outcome of loading the layers: the effective settings, each one's value and origin, and every problem.</summary>
/// <param name="Settings">The settings to use; a refused value leaves its setting at the built-in default.</param>
/// <param name="Entries">Every setting in catalog order, with its effective value and where it came from.</param>
/// <param name="Problems">What an admin must fix; empty when the settings are valid.</param>
/// <param name="SettingsFile">The configuration file that was looked for.</param>
public sealed record LayeredAgentSettings(
    AgentSettings Settings,
    IReadOnlyList<EffectiveSetting> Entries,
    IReadOnlyList<string> Problems,
    string? SettingsFile)
{
    /// <summary>True when nothing needs fixing.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The settings, or an exception naming every problem.</summary>
    /// <exception cref="AgentSettingsException"><see cref="AgentSettingsException.InvalidSettings"/>.</exception>
    public AgentSettings EnsureValid() =>
        IsValid ? Settings : throw new AgentSettingsException(AgentSettingsException.InvalidSettings, Problems);
}
