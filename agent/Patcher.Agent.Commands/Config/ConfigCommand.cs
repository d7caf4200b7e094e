using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.Agent.Config;

/// <summary><c>patcher config show [--json]</c>: the effective settings and where each came from.</summary>
internal static class ConfigCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Write one JSON object instead of a table." };
        var show = new Command(
            "show",
            "Print every agent setting, its effective value and its source: default, file (patcher.settings.json), HKLM\\Software\\Patcher\\Agent (the MSI) or policy (HKLM\\Software\\Policies\\Patcher\\Agent). Exit 0 valid, 2 invalid or unreadable.")
        {
            json,
        };
        context.Hosts.AddTargetOptions(show);
        show.SetAction(parseResult => ConfigShow.Run(context, context.Hosts.SelectedTarget(parseResult), parseResult.GetValue(json)));
        return new Command("config", "The agent's settings (Group Policy, MSI properties, patcher.settings.json).") { show };
    }
}
