using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Lab;

/// <summary><c>patcher-lab lab stop DIR [NAME]</c>: stops each host's services in reverse dependency order, then its SCM daemon.</summary>
internal static class LabStopCommand
{
    private static readonly TimeSpan DaemonStopTimeout = TimeSpan.FromSeconds(30);

    public static Command Create(CliContext context)
    {
        var hosts = new LabHostArguments();
        var command = new Command("stop", "Stop lab hosts: every service, dependents first, then the SCM daemon.");
        hosts.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetRequiredValue(hosts.Dir), parseResult.GetValue(hosts.Name), cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(CliContext context, string dir, string? name, CancellationToken cancellationToken) =>
        LabHostsAction.RunAsync(context, dir, name, async (host, settings, controller) =>
        {
            var pid = LabHostController.ReadDaemonPid(host);
            if (!await Patcher.Lab.Scm.LabScmEndpoint.IsServingAsync(host, cancellationToken).ConfigureAwait(false))
            {
                context.Out.WriteLine($"{host.Name}: not started");
                return null;
            }

            var outcomes = await controller.StopServicesAsync(TimeSpan.FromSeconds(settings.ServiceStopTimeoutSeconds), cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"{host.Name}:");
            LabOutcomeWriter.Write(context.Out, outcomes);
            await controller.StopDaemonAsync(DaemonStopTimeout, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"{host.Name}: SCM daemon stopped (pid {pid})");
            return outcomes;
        });
}
