using System.Globalization;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Mta;
using Patcher.Lab.Platform;
using Patcher.Lab.Scm;

namespace Patcher.LabTool.Demo;

/// <summary>The demo's lab: built, started (hosts in parallel), put in their stories' states, stopped, and always cleaned up.</summary>
internal sealed partial class DemoLab(string folder, TimeProvider time)
{
    private static readonly TimeSpan DaemonTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromSeconds(60);

    public string Folder => folder;

    public LabSettings Settings { get; } = new();

    public LabHostPaths Paths(DemoHost host) => new(Path.Combine(folder, host.Name));

    public void Create(IEnumerable<DemoHost> hosts)
    {
        Directory.CreateDirectory(folder);
        Settings.Save(folder);
        var engines = LabEngineAssemblies.NextToThisProgram();
        foreach (var host in hosts)
        {
            LabHostBuilder.Create(folder, host.Name, host.Options, engines);
        }
    }

    /// <summary>Starts the host's SCM daemon and services, then does what its story needs; returns a line for the display.</summary>
    public async Task<string> StartAsync(DemoHost host, CancellationToken cancellationToken)
    {
        var paths = Paths(host);
        var controller = new LabHostController(paths, time);
        await controller.StartDaemonAsync(PatcherCommand.Current(), DaemonTimeout, cancellationToken).ConfigureAwait(false);
        var outcomes = await controller.StartServicesAsync(TimeSpan.FromSeconds(Settings.ServiceStartTimeoutSeconds), cancellationToken).ConfigureAwait(false);
        var failed = outcomes.Where(o => !o.Succeeded).Select(o => o.Name).ToArray();
        var line = failed.Length == 0 ? $"{outcomes.Count} service(s) running" : $"{outcomes.Count - failed.Length} running, failed to start: {string.Join(", ", failed)}";
        if (host.Setup != DemoSetup.None)
        {
            await WaitHungAsync(paths, cancellationToken).ConfigureAwait(false);
            line += "; MTA hung on the poison message";
        }

        if (host.Setup == DemoSetup.CrashedWith1067)
        {
            var status = await RestartMtaAsync(paths, cancellationToken).ConfigureAwait(false);
            line += string.Create(CultureInfo.InvariantCulture, $"; restarted: MTA {status.State} with Win32 exit code {status.Win32ExitCode}");
        }

        return line;
    }

    /// <summary>Starts <paramref name="hosts"/>, <paramref name="parallelism"/> at a time, writing a line per host.</summary>
    public Task StartAllAsync(IEnumerable<DemoHost> hosts, int parallelism, Action<string> write, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(hosts, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (host, token) =>
        {
            var started = time.GetTimestamp();
            var line = await StartAsync(host, token).ConfigureAwait(false);
            write(string.Create(CultureInfo.InvariantCulture, $"{"start " + host.Name,-28} {time.GetElapsedTime(started).TotalSeconds,6:0.0} s  {line}"));
        });

    /// <summary>Stops every host (services, then daemon), then kills whatever is left: no lab process outlives the demo.</summary>
    public async Task StopAsync(IEnumerable<DemoHost> hosts)
    {
        await Parallel.ForEachAsync(hosts, async (host, _) =>
        {
            var paths = Paths(host);
            try
            {
                if (await LabScmEndpoint.IsServingAsync(paths, CancellationToken.None).ConfigureAwait(false))
                {
                    var controller = new LabHostController(paths, time);
                    using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(60), time);
                    await controller.StopServicesAsync(TimeSpan.FromSeconds(Settings.ServiceStopTimeoutSeconds), bounded.Token).ConfigureAwait(false);
                    await controller.StopDaemonAsync(DaemonTimeout, bounded.Token).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or ServiceControlException or LabHostException or OperationCanceledException)
            {
                // Killed below.
            }
            finally
            {
                LabHostController.KillAll(paths);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Kills every lab process under <paramref name="labFolder"/> (a previous demo's, before --force removes it).</summary>
    public static void KillAll(string labFolder)
    {
        if (Directory.Exists(labFolder))
        {
            foreach (var host in Directory.GetDirectories(labFolder))
            {
                LabHostController.KillAll(new LabHostPaths(host));
            }
        }
    }

    private async Task WaitHungAsync(LabHostPaths paths, CancellationToken cancellationToken)
    {
        var poison = LabHostDefinition.Load(paths).PoisonMessages[0];
        var progress = Path.Combine(paths.DriveC, "EXCHSRVR", "MTADATA", "progress.json");
        await PollAsync(() => Task.FromResult(LabMtaProgress.TryRead(progress)?.InFlight == poison), $"the MTA of {paths.Name} to hang on {poison}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What an operator did before the fix existed: stop the MTA (dependents first), start it again — and it dies.</summary>
    private async Task<ServiceStatus> RestartMtaAsync(LabHostPaths paths, CancellationToken cancellationToken)
    {
        await new LabHostController(paths, time).RestartAsync(
            [ExchangeServices.InternetMailConnector, ExchangeServices.DirectorySynchronization, ExchangeServices.MessageTransferAgent], SetupTimeout, cancellationToken).ConfigureAwait(false);
        var scm = new LabServiceControlManager(paths);
        ServiceStatus? status = null;
        await PollAsync(async () =>
        {
            status = await scm.QueryStatusAsync(ExchangeServices.MessageTransferAgent, cancellationToken).ConfigureAwait(false);
            return status.State == ServiceState.Stopped;
        }, "the restarted MTA to die", cancellationToken).ConfigureAwait(false);
        return status!;
    }

    private async Task PollAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + SetupTimeout;
        while (!await condition().ConfigureAwait(false))
        {
            if (time.GetUtcNow() >= deadline)
            {
                throw new LabHostException(LabHostException.NotStarted, $"Timed out waiting for {what}.");
            }

            await Task.Delay(LabHostController.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
