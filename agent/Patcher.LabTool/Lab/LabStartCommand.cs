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
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetRequiredValue(hosts.Dir), parseResult.GetValue(hosts.Name), cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(CliContext context, string dir, string? name, CancellationToken cancellationToken) =>
        LabHostsAction.RunAsync(context, dir, name, async (host, settings, controller) =>
        {
            var started = await controller.StartDaemonAsync(PatcherCommand.Current(), DaemonStartTimeout, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"{host.Name}: SCM daemon {(started ? "started" : "already running")} (pid {LabHostController.ReadDaemonPid(host)})");
            var outcomes = await controller.StartServicesAsync(TimeSpan.FromSeconds(settings.ServiceStartTimeoutSeconds), cancellationToken).ConfigureAwait(false);
            LabOutcomeWriter.Write(context.Out, outcomes);
            return outcomes;
        });
}
