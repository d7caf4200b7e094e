using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Scm;

namespace Patcher.LabTool.Lab;

/// <summary>
/// <c>patcher-lab lab start DIR [NAME]</c>: starts each host's SCM daemon (detached: it outlives this command) and then its
/// automatic services in dependency order, waiting for each; reports per service.
/// </summary>
internal static class LabStartCommand
{
    private static readonly TimeSpan DaemonStartTimeout = TimeSpan.FromSeconds(30);

    public static Command Create(CliContext context)
    {
        var hosts = new LabHostArguments();
        var command = new Command("start", "Start lab hosts: the SCM daemon, then every automatic service in dependency order.");
        hosts.AddTo(command);
        command.SetAction(parseResult => Run(context, parseResult.GetRequiredValue(hosts.Dir), parseResult.GetValue(hosts.Name)));
        return command;
    }

    private static int Run(CliContext context, string dir, string? name) =>
        LabHostsAction.Run(context, dir, name, (host, settings, controller) =>
        {
            var started = controller.StartDaemonAsync(PatcherCommand.Current(), DaemonStartTimeout).GetAwaiter().GetResult();
            context.Out.WriteLine($"{host.Name}: SCM daemon {(started ? "started" : "already running")} (pid {LabHostController.ReadDaemonPid(host)})");
            var outcomes = controller.StartServicesAsync(TimeSpan.FromSeconds(settings.ServiceStartTimeoutSeconds)).GetAwaiter().GetResult();
            LabOutcomeWriter.Write(context.Out, outcomes);
            return outcomes;
        });
}
