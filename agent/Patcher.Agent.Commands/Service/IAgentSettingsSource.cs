using Patcher.Core.Configuration;

namespace Patcher.Agent.Service;

/// <summary>Loads the layered settings; the service loads them before every run, so a policy change applies at the next one.</summary>
public interface IAgentSettingsSource
{
    /// <summary>The settings as the layers give them now.</summary>
    LayeredAgentSettings Load();
}
