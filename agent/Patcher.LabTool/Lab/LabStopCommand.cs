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
        command.SetAction(parseResult => Run(context, parseResult.GetRequiredValue(hosts.Dir), parseResult.GetValue(hosts.Name)));
        return command;
    }

    private static int Run(CliContext context, string dir, string? name) =>
        LabHostsAction.Run(context, dir, name, (host, settings, controller) =>
        {
            var pid = LabHostController.ReadDaemonPid(host);
            if (!Patcher.Lab.Scm.LabScmEndpoint.IsServingAsync(host).GetAwaiter().GetResult())
            {
                context.Out.WriteLine($"{host.Name}: not started");
                return null;
            }

            var outcomes = controller.StopServicesAsync(TimeSpan.FromSeconds(settings.ServiceStopTimeoutSeconds)).GetAwaiter().GetResult();
            context.Out.WriteLine($"{host.Name}:");
            LabOutcomeWriter.Write(context.Out, outcomes);
            controller.StopDaemonAsync(DaemonStopTimeout).GetAwaiter().GetResult();
            context.Out.WriteLine($"{host.Name}: SCM daemon stopped (pid {pid})");
            return outcomes;
        });
}
