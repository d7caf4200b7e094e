using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Patcher.Agent.Config;
using Patcher.Agent.Hosts;
using Patcher.Core.Configuration;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.Lab.Registry;

namespace Patcher.LabTool.Hosts;

/// <summary>
/// The lab tool's host: the lab host named by <c>--lab DIR/NAME</c> (required: <c>patcher-lab</c> never works on the
/// machine it runs on). Its registry plays HKLM and its <c>patcher.settings.json</c> sits in the host's folder.
/// </summary>
internal sealed class LabHostOpener : IHostOpener
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--lab";

    /// <inheritdoc />
    public string ToolName => "patcher-lab";

    /// <inheritdoc />
    public void AddTargetOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(new Option<string>(OptionName)
        {
            Description = "The lab host to work on, DIR/NAME (made with 'patcher-lab lab add-host DIR NAME').",
            HelpName = "DIR/NAME",
            Required = true,
        });
    }

    /// <inheritdoc />
    public string? SelectedTarget(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue<string>(OptionName);
    }

    /// <inheritdoc />
    public bool TryOpen(string? target, TimeProvider time, [NotNullWhen(true)] out AgentHost? host, out string problem)
    {
        ArgumentNullException.ThrowIfNull(time);
        host = null;
        problem = "";
        if (string.IsNullOrWhiteSpace(target))
        {
            problem = $"{OptionName} DIR/NAME is required: patcher-lab works on lab hosts only (the production agent patcher works on the Windows server it runs on).";
            return false;
        }

        try
        {
            var paths = LabHostPaths.Parse(target);
            if (!File.Exists(paths.HostFile))
            {
                problem = $"'{target}' is not a lab host (no {paths.HostFile}); create one with 'patcher-lab lab add-host'.";
                return false;
            }

            var settings = new AgentSettingsSource(new LabRegistry(paths.RegistryFile), Path.Combine(paths.Root, AgentSettingsLocations.FileName));
            host = new LabAgentHost(LabPlatform.Open(target, time), settings, LabSettings.Load(paths.LabRoot));
            return true;
        }
        catch (LabHostException exception)
        {
            problem = exception.Message;
            return false;
        }
    }
}
