using Patcher.Core.RunningModules;
using Patcher.Lab.EventLog;
using Patcher.Lab.Files;
using Patcher.Lab.Hosts;
using Patcher.Lab.Registry;

namespace Patcher.Lab.Mta;

/// <summary>
/// The lab's <c>MSExchangeMTA</c>: a small real MTA, run as its own process by the lab service control manager. It
/// finds its installation in the host's registry, loads the X.400 engine from that installation
/// (<c>BIN\X400OM.DLL</c>, so replacing the file and restarting changes what it does), logs 9298, prints
/// <c>SERVICE_RUNNING</c>, and works through its queue (see <see cref="LabMtaDatabase"/>) until stopped.
/// </summary>
public static class LabMtaService
{
    /// <summary>The line that tells the lab SCM the service is running.</summary>
    public const string RunningLine = "SERVICE_RUNNING";

    /// <summary>
    /// Runs the MTA of <paramref name="host"/> until <paramref name="stopping"/> (SIGTERM), with the default options but
    /// for its lab's stop grace (<see cref="LabSettings.MtaStopGraceSeconds"/>; the default for a host outside a lab).
    /// </summary>
    /// <returns>The process exit code (<see cref="LabMtaExitCodes"/>).</returns>
    public static Task<int> RunAsync(LabHostPaths host, TextWriter stdout, CancellationToken stopping)
    {
        var options = File.Exists(LabSettings.PathIn(host.LabRoot))
            ? new LabMtaOptions { StopGrace = TimeSpan.FromSeconds(LabSettings.Load(host.LabRoot).MtaStopGraceSeconds) }
            : new LabMtaOptions();
        return RunAsync(host, stdout, options, stopping);
    }

    /// <summary>Runs the MTA of <paramref name="host"/> until <paramref name="stopping"/>.</summary>
    /// <returns>The process exit code (<see cref="LabMtaExitCodes"/>); a failing start returns before <see cref="RunningLine"/>.</returns>
    public static async Task<int> RunAsync(LabHostPaths host, TextWriter stdout, LabMtaOptions options, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var mtaName = options.MtaName ?? DefaultMtaName(host);
        var events = new LabEventLog(host.EventLogFolder);
        LabMtaInstallation installation;
        LabMtaEngine engine;
        try
        {
            installation = LabMtaInstallation.Locate(new LabRegistry(host.RegistryFile), new LabFileSystem(host.DriveC));
            installation.Database.EnsureCreated();
            if (StartFailureGate.ShouldFail(host, installation.Database, out var attempt, out var failures))
            {
                await Say(stdout, $"{mtaName}: start {attempt} fails as host.json mtaStartFailures ({failures}) asks").ConfigureAwait(false);
                return LabMtaExitCodes.SimulatedStartFailure;
            }

            engine = LabMtaEngine.Load(installation.EngineLocalPath, installation.EngineHostPath);
        }
        catch (LabMtaStartException e)
        {
            if (e.ExitCode == LabMtaExitCodes.EngineUnavailable)
            {
                events.Write(LabMtaEvents.UnexpectedError(options.Time.GetUtcNow(), $"The Message Transfer Agent {mtaName} cannot start. {e.Message}"));
            }

            await Say(stdout, $"{mtaName}: {e.Message}").ConfigureAwait(false);
            return e.ExitCode;
        }

        using (engine)
        {
            var started = options.Time.GetUtcNow();
            events.Write(LabMtaEvents.Started(started, mtaName, installation, engine));

            // What this process runs, published before it reports running (the lab's module list: LabModuleProbe reads it).
            var image = LoadedModuleFile.Read(installation.ImageHostPath, installation.ImageLocalPath);
            var runner = new MtaQueueRunner(installation, engine, events, stdout, options, mtaName, started) { Modules = [LabModule(image), LabModule(engine.Module)] };
            runner.Publish(inFlight: null);
            await Say(stdout, RunningLine).ConfigureAwait(false);
            var leftInFlight = await runner.RunAsync(stopping).ConfigureAwait(false);
            events.Write(LabMtaEvents.Stopped(options.Time.GetUtcNow(), mtaName, engine, leftInFlight));
            await Say(stdout, $"{mtaName}: stopped").ConfigureAwait(false);
            return LabMtaExitCodes.Stopped;
        }
    }

    /// <summary>Exchange names an MTA after its server: the host's name in capitals, IA5 and at most 32 characters.</summary>
    private static string DefaultMtaName(LabHostPaths host)
    {
        var name = new string(host.Name.ToUpperInvariant().Select(c => char.IsAscii(c) && !char.IsControl(c) ? c : '_').ToArray());
        return name.Length switch
        {
            0 => "LABMTA",
            > 32 => name[..32],
            _ => name,
        };
    }

    private static LabMtaModule LabModule(LoadedModule module) => new(module.HostPath, module.Version?.ToString(), module.Sha256 ?? "", module.Problem);

    private static async Task Say(TextWriter stdout, string line)
    {
        await stdout.WriteLineAsync(line).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
    }
}
