using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Registry;
using Patcher.Lab.Scm;

namespace Patcher.LabTool.Lab;

/// <summary>
/// <c>patcher-lab lab status DIR [NAME] [--json]</c>: per host, whether its SCM daemon runs and each service's state, Win32
/// exit code and pid — read from <c>scm/state.json</c>, so it works whether or not the daemon is running.
/// </summary>
internal static class LabStatusCommand
{
    public static Command Create(CliContext context)
    {
        var hosts = new LabHostArguments();
        var json = new Option<bool>("--json") { Description = "Write JSON (stable field names) instead of a table." };
        var command = new Command("status", "Show lab hosts: SCM daemon, and each service's state, Win32 exit code and pid.");
        hosts.AddTo(command);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetRequiredValue(hosts.Dir), parseResult.GetValue(hosts.Name), parseResult.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string dir, string? name, bool json, CancellationToken cancellationToken)
    {
        LabStatusDocument document;
        try
        {
            var hosts = new List<LabHostStatus>();
            foreach (var host in LabFolder.Hosts(dir, name))
            {
                hosts.Add(Read(host, await LabScmEndpoint.IsServingAsync(host, cancellationToken).ConfigureAwait(false)));
            }

            document = new LabStatusDocument(Path.GetFullPath(dir), hosts);
        }
        catch (Exception e) when (e is LabHostException or InvalidDataException)
        {
            context.Error.WriteLine($"patcher: {e.Message}");
            return ExitCodes.Error;
        }

        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(document, ScmJson.File));
            return ExitCodes.Success;
        }

        foreach (var host in document.Hosts)
        {
            var daemon = host.DaemonRunning ? string.Create(CultureInfo.InvariantCulture, $"SCM daemon running (pid {host.DaemonProcessId})") : "SCM daemon not running";
            var mta = host.Mta ? $"MTA {host.Version}, engine {host.EngineVersion}" : "no MTA";
            context.Out.WriteLine($"{host.Name}: {daemon}; {mta}");
            foreach (var service in host.Services)
            {
                context.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {service.Name,-14} {service.State,-12} exit {service.Win32ExitCode,-5} pid {service.ProcessId,-8} {service.ExitReason}").TrimEnd());
            }
        }

        if (document.Hosts.Count == 0)
        {
            context.Out.WriteLine($"The lab {document.Lab} has no hosts: run patcher-lab lab add-host {document.Lab} NAME --version V");
        }

        return ExitCodes.Success;
    }

    private static LabHostStatus Read(LabHostPaths host, bool running)
    {
        var definition = LabHostDefinition.Load(host);
        var recorded = (ScmStateFile.Read(host)?.Services ?? []).ToDictionary(service => service.Name, StringComparer.OrdinalIgnoreCase);
        var services = ServiceRegistry.Read(new LabRegistry(host.RegistryFile))
            .Select(c => recorded.GetValueOrDefault(c.Name)
                ?? new LabServiceRecord(c.Name, c.DisplayName, c.ImagePath, c.DependOnService, c.StartMode, ServiceState.Stopped));
        var ordered = ServiceDependencies.StartOrder(services.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase), s => s.Name, s => s.DependOnService);
        return new LabHostStatus(
            definition.Name,
            definition.Mta,
            definition.Version,
            definition.EngineVersion,
            running,
            running ? LabHostController.ReadDaemonPid(host) : 0,
            ordered);
    }
}
