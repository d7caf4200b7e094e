using Patcher.Agent.Service;
using Patcher.Core.Configuration;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Registry;
using Patcher.Windows.Registry;

namespace Patcher.Agent.Config;

/// <summary>
/// The agent's settings on this machine (HKLM, and <c>patcher.settings.json</c> beside the executable) or on a lab host
/// (its registry plays HKLM, and the file sits in the host's folder).
/// </summary>
internal sealed class AgentSettingsSource(IRegistry registry, string settingsFile) : IAgentSettingsSource
{
    /// <summary>The configuration file looked for.</summary>
    public string SettingsFile { get; } = settingsFile;

    /// <inheritdoc />
    public LayeredAgentSettings Load() => AgentSettingsLoader.Load(registry, SettingsFile);

    /// <summary>Opens <c>--lab DIR/NAME</c>, else this machine (Windows only); on failure <paramref name="problem"/> says what to do.</summary>
    public static bool TryOpen(string? lab, out AgentSettingsSource? source, out string problem)
    {
        source = null;
        problem = "";
        if (lab is not null)
        {
            var paths = LabHostPaths.Parse(lab);
            if (!File.Exists(paths.HostFile))
            {
                problem = $"'{lab}' is not a lab host (no {paths.HostFile}); create one with 'patcher lab add-host'.";
                return false;
            }

            source = new AgentSettingsSource(new LabRegistry(paths.RegistryFile), Path.Combine(paths.Root, AgentSettingsLocations.FileName));
            return true;
        }

        if (!OperatingSystem.IsWindows())
        {
            problem = "this is not Windows, so there is no HKLM to read; use --lab DIR/NAME to read a lab host's settings.";
            return false;
        }

        source = new AgentSettingsSource(new WindowsRegistry(), Path.Combine(AppContext.BaseDirectory, AgentSettingsLocations.FileName));
        return true;
    }
}
