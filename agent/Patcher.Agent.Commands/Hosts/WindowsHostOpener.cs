using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Patcher.Agent.Config;
using Patcher.Core.Configuration;
using Patcher.Windows;
using Patcher.Windows.Registry;

namespace Patcher.Agent.Hosts;

/// <summary>
/// The production agent's host: the Windows machine <c>patcher</c> runs on, its settings from
/// <c>patcher.settings.json</c> beside the executable, <c>HKLM\Software\Patcher\Agent</c> and policy.
/// </summary>
internal sealed class WindowsHostOpener : IHostOpener
{
    /// <inheritdoc />
    public string ToolName => "patcher";

    /// <inheritdoc />
    public void AddTargetOptions(Command command)
    {
        // The host is always this machine: nothing to choose.
    }

    /// <inheritdoc />
    public string? SelectedTarget(ParseResult parseResult) => null;

    /// <inheritdoc />
    public bool TryOpen(string? target, TimeProvider time, [NotNullWhen(true)] out AgentHost? host, out string problem)
    {
        ArgumentNullException.ThrowIfNull(time);
        host = null;
        problem = "";
        if (!OperatingSystem.IsWindows())
        {
            problem = "this is not Windows, so there is no Exchange 5.5 MTA here: patcher works on the Windows server it runs on (the lab tool patcher-lab works on lab hosts).";
            return false;
        }

        var settings = new AgentSettingsSource(new WindowsRegistry(), Path.Combine(AppContext.BaseDirectory, AgentSettingsLocations.FileName));
        host = new WindowsAgentHost(WindowsPlatform.Create(time), settings);
        return true;
    }
}
