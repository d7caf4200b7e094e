using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Patcher.Agent.Cli;
using Patcher.Agent.Config;

namespace Patcher.Agent.Service;

/// <summary>
/// <c>patcher service [--lab DIR/NAME]</c>: the agent as a service. The MSI registers <c>patcher.exe service</c> as
/// PatcherAgent; run by hand it stays in the console until Ctrl+C.
/// </summary>
internal static class ServiceCommand
{
    public static Command Create(CliContext context)
    {
        var lab = new Option<string?>("--lab") { Description = "Serve lab host DIR/NAME (its registry plays HKLM) instead of this machine.", HelpName = "DIR/NAME" };
        var command = new Command(
            AgentProduct.ServiceCommand,
            "Run the agent: at start-up, then every RunIntervalMinutes, only inside the maintenance window if one is set, in the mode policy sets. Started by the SCM as the PatcherAgent service; in a console it runs until Ctrl+C.")
        {
            lab,
        };
        command.SetAction(parseResult =>
        {
            if (!AgentSettingsSource.TryOpen(parseResult.GetValue(lab), out var source, out var problem))
            {
                context.Error.WriteLine($"patcher service: {problem}");
                return ExitCodes.Error;
            }

            using var host = AgentServiceHost.Build(source!, parseResult.GetValue(lab), context.Time);
            host.Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
