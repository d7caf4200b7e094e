using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Patcher.Agent.Cli;

namespace Patcher.Agent.Service;

/// <summary>
/// <c>patcher service</c> (<c>patcher-lab service --lab DIR/NAME</c>): the agent as a service. The MSI registers <c>patcher.exe service</c> as
/// PatcherAgent; run by hand it stays in the console until Ctrl+C.
/// </summary>
internal static class ServiceCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            AgentProduct.ServiceCommand,
            "Run the agent: at start-up, then every RunIntervalMinutes, only inside the maintenance window if one is set, in the mode policy sets. Started by the SCM as the PatcherAgent service; in a console it runs until Ctrl+C.");
        context.Hosts.AddTargetOptions(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = context.Hosts.SelectedTarget(parseResult);
            if (!context.Hosts.TryOpen(target, context.Time, out var opened, out var problem))
            {
                context.Error.WriteLine($"{context.Hosts.ToolName} service: {problem}");
                return ExitCodes.Error;
            }

            using var host = AgentServiceHost.Build(context.Hosts, target, opened.Settings, context.Time);
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
