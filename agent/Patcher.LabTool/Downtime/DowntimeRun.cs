using System.Globalization;
using Patcher.Agent.Cli;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.LabTool.Demo;
using Patcher.LabTool.Hosts;

namespace Patcher.LabTool.Downtime;

/// <summary>
/// One <c>patcher-lab downtime</c>: an SP2 lab host, then N times a plain restart of its MTA and a real
/// <c>patcher apply</c> (rolled back after, so every repetition patches the same SP2 files), each measured from the lab
/// SCM's log as the time the MTA was not running (<see cref="MtaDownWindow"/>).
/// </summary>
internal sealed class DowntimeRun(CliContext context, string folder, int repeat)
{
    private const string HostName = "sp2";

    /// <summary>How often the plain restart looks at a service: short, so the baseline is the MTA's own stop and start.</summary>
    private static readonly TimeSpan PlainPoll = TimeSpan.FromMilliseconds(10);

    private static readonly TimeSpan PlainTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] StopOrder = [ExchangeServices.InternetMailConnector, ExchangeServices.DirectorySynchronization, ExchangeServices.MessageTransferAgent];

    private TextWriter Out => context.Out;

    public Task<int> RunAsync(bool force) =>
        LabFolderRun.RunAsync(context, "downtime", folder, force, MeasureAsync);

    private async Task<int> MeasureAsync(CancellationToken cancellationToken)
    {
        var built = await DemoPackage.BuildAsync(folder, context.Time, cancellationToken).ConfigureAwait(false);
        var host = new DemoHost(HostName, "SP2, queue of 3", new LabHostOptions { Version = FileVersion.Parse("5.5.2448.1"), QueueLength = 3 });
        var lab = new DemoLab(Path.Combine(folder, "lab"), context.Time);
        lab.Create([host]);
        var paths = lab.Paths(host);
        var plain = new List<MtaDownWindow>();
        var patch = new List<MtaDownWindow>();
        Out.WriteLine($"patcher-lab downtime: {repeat} plain MTA restart(s) and patch(es) on the SP2 lab host {paths.Root}");
        Out.WriteLine("MTA not running, from its stop (leaves RUNNING) to RUNNING again, as the lab SCM's log records them:");
        Out.WriteLine("(each: down in all = its own stop + the gap from its exit to the start being asked + its own start)");
        Out.WriteLine($"{"#",3}  {"plain stop + start",-32}  {"patch",-32}  {"ratio",5}");
        try
        {
            await lab.StartAsync(host, cancellationToken).ConfigureAwait(false);
            for (var i = 1; i <= repeat; i++)
            {
                plain.Add(await PlainRestartAsync(paths, cancellationToken).ConfigureAwait(false));
                patch.Add(await PatchAsync(paths, built.PackagePath, built.SignerFingerprint).ConfigureAwait(false));
                Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i,3}  {Parts(plain[^1]),-32}  {Parts(patch[^1]),-32}  {patch[^1].Length / plain[^1].Length,5:0.00}"));
            }
        }
        finally
        {
            await lab.StopAsync([host]).ConfigureAwait(false);
        }

        var ratio = Median(patch, w => w.Length) / Median(plain, w => w.Length);
        Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"med",3}  {Medians(plain),-32}  {Medians(patch),-32}  {ratio,5:0.00}  (target at most {DowntimeCommand.Target:0.0})"));

        // The MTA's own start swings by a second between starts on a loaded machine; the gap is the patch's own share.
        var extra = Median(patch, w => w.Gap) - Median(plain, w => w.Gap);
        Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the patch's gap over the plain restart's: {extra.TotalMilliseconds:0} ms, {extra / Median(plain, w => w.Length):0.0%} of the MTA's own stop + start"));
        return ratio <= DowntimeCommand.Target ? ExitCodes.Success : 1;
    }

    /// <summary>
    /// Dependents stopped, the MTA stopped and started again, dependents started: the MTA's own stop + start. The baseline
    /// is the bare SCM calls, polled every 10 ms, on purpose: it measures what the MTA itself takes, so it must not carry
    /// the service-control engine's own poll and policy, which are what the patch's figure is compared against.
    /// </summary>
    private async Task<MtaDownWindow> PlainRestartAsync(LabHostPaths host, CancellationToken cancellationToken)
    {
        var scm = new LabServiceControlManager(host);
        var from = MtaDownWindow.End(host.ScmLogFile);
        foreach (var service in StopOrder)
        {
            await scm.StopAsync(service, cancellationToken).ConfigureAwait(false);
            await WaitAsync(scm, service, ServiceState.Stopped, cancellationToken).ConfigureAwait(false);
        }

        foreach (var service in StopOrder.Reverse())
        {
            await scm.StartAsync(service, cancellationToken).ConfigureAwait(false);
            await WaitAsync(scm, service, ServiceState.Running, cancellationToken).ConfigureAwait(false);
        }

        return Window(host, from, "the plain restart");
    }

    /// <summary><c>patcher apply</c> (which verifies the MTA recovered), then <c>patcher rollback</c> to SP2 for the next round.</summary>
    private async Task<MtaDownWindow> PatchAsync(LabHostPaths host, string package, string signer)
    {
        var from = MtaDownWindow.End(host.ScmLogFile);
        var applied = await CommandAsync(["apply", "--lab", host.Root, "--package", package, "--trusted-signer", signer, "--json"]).ConfigureAwait(false);
        if (applied != ExitCodes.Success)
        {
            throw new DowntimeException($"apply on {host.Root} exited {applied}, not 0: the patch did not verify, so its downtime is not a patch's.");
        }

        var window = Window(host, from, "the patch");
        var rolledBack = await CommandAsync(["rollback", "--lab", host.Root, "--json"]).ConfigureAwait(false);
        if (rolledBack != ExitCodes.Success)
        {
            throw new DowntimeException($"rollback on {host.Root} exited {rolledBack}, not 0: the next patch would not start from SP2.");
        }

        return window;
    }

    private static MtaDownWindow Window(LabHostPaths host, long from, string what) =>
        MtaDownWindow.Find(host.ScmLogFile, from, ExchangeServices.MessageTransferAgent)
            ?? throw new DowntimeException($"The lab SCM's log {host.ScmLogFile} has no stop and running again of the MTA for {what}.");

    private async Task WaitAsync(LabServiceControlManager scm, string service, ServiceState state, CancellationToken cancellationToken)
    {
        var deadline = context.Time.GetUtcNow() + PlainTimeout;
        while ((await scm.QueryStatusAsync(service, cancellationToken).ConfigureAwait(false)).State != state)
        {
            if (context.Time.GetUtcNow() >= deadline)
            {
                throw new DowntimeException($"{service} did not reach {state} within {PlainTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(PlainPoll, context.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one agent command in this process (as the service does), its output discarded: the exit code says enough.</summary>
    private Task<int> CommandAsync(IReadOnlyList<string> args) =>
        PatcherCli.RunAsync(args, TextWriter.Null, TextWriter.Null, context.Time, new LabHostOpener(), LabToolCli.Commands);

    private static string Parts(MtaDownWindow window) => $"{Seconds(window.Length)} = {Short(window.Stopping)} + {Short(window.Gap)} + {Short(window.Starting)}";

    private static string Medians(List<MtaDownWindow> windows) =>
        $"{Seconds(Median(windows, w => w.Length))} = {Short(Median(windows, w => w.Stopping))} + {Short(Median(windows, w => w.Gap))} + {Short(Median(windows, w => w.Starting))}";

    private static TimeSpan Median(List<MtaDownWindow> windows, Func<MtaDownWindow, TimeSpan> part)
    {
        var sorted = windows.Select(part).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Seconds(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.000} s");

    private static string Short(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.000}");
}
