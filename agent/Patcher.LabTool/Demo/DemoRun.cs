using System.Globalization;
using Patcher.Agent.Cli;
using Patcher.Agent.Report;
using Patcher.Core.Reporting;

namespace Patcher.LabTool.Demo;

/// <summary>
/// One <c>patcher-lab demo</c>: package, lab fleet in two rollout rings, then the rollout (<see cref="DemoRollout"/>): the
/// pilot, where one host fails and rolls back; broad, held by its closed gate; the operator's fix and the pilot host run
/// again; broad, its gate open, patched. Then the fleet report and a summary. Lab processes are stopped whatever happens,
/// Ctrl+C included.
/// </summary>
internal sealed class DemoRun(CliContext context, string folder)
{
    /// <summary>Hosts worked on at once: measured on 2 cores, 3 keeps the machine busy without starving the MTAs' timers.</summary>
    public const int Parallelism = 3;

    private TextWriter Out => context.Out;

    public Task<int> RunAsync(bool force) =>
        LabFolderRun.RunAsync(context, "demo", folder, force, RunFleetAsync);

    private async Task<int> RunFleetAsync(CancellationToken cancellationToken)
    {
        var time = context.Time;
        var total = time.GetTimestamp();
        var hosts = DemoFleet.Hosts;
        var pilotHosts = DemoFleet.InRing(DemoFleet.Pilot);
        var broadHosts = DemoFleet.InRing(DemoFleet.Broad);
        var share = Path.Combine(folder, "reports");
        Out.WriteLine($"patcher-lab demo: KB Q248732 on a lab fleet of {hosts.Count} hosts in two rollout rings, in {folder}");

        var phase = time.GetTimestamp();
        var built = await DemoPackage.BuildAsync(folder, time, cancellationToken).ConfigureAwait(false);
        Out.WriteLine(Line("package", phase, $"{built.PackagePath}, signed by the development certificate {built.SignerFingerprint}"));

        var lab = new DemoLab(Path.Combine(folder, "lab"), time);
        phase = time.GetTimestamp();
        lab.Create(hosts);
        Out.WriteLine(Line("lab", phase, $"{hosts.Count} hosts in {lab.Folder}; short windows from lab.json: stability {lab.Settings.StabilityWindowSeconds} s, hung after {lab.Settings.HungDetectionWindowSeconds} s (production: minutes)"));
        phase = time.GetTimestamp();
        Directory.CreateDirectory(share);
        foreach (var host in hosts)
        {
            DemoPolicy.Apply(lab.Paths(host), host.Ring, share);
        }

        Out.WriteLine(Line("policy", phase, $"Ring {DemoFleet.Pilot}: {Names(pilotHosts)}; Ring {DemoFleet.Broad}: the other {broadHosts.Count}; ReportShare {share} (gates in {Path.Combine(share, "gates")})"));
        var keptGates = Path.Combine(folder, "gates");
        var rollout = new DemoRollout(context, lab, built, share, keptGates, Write);
        var newest = new Dictionary<string, HostReport>(StringComparer.Ordinal);
        IReadOnlyList<string> problems;
        try
        {
            phase = time.GetTimestamp();
            await lab.StartAllAsync(hosts, Parallelism, Write, cancellationToken).ConfigureAwait(false);
            Out.WriteLine(Line("lab started", phase, $"{Parallelism} hosts at a time on {Environment.ProcessorCount} core(s)"));

            var failing = pilotHosts.Where(h => h.FailsAfterPatch).ToArray();
            foreach (var host in failing)
            {
                rollout.LabAction("lab fault", lab.FailNextStarts(host, DemoLab.StartsFailedAfterPatch));
            }

            var pilot = Keep(newest, await rollout.RunWaveAsync("wave 1: pilot", pilotHosts, cancellationToken).ConfigureAwait(false));
            var closed = rollout.WriteGates("report --gates", pilotHosts[0]);
            var held = Keep(newest, await rollout.RunWaveAsync("wave 2: broad, gate closed", broadHosts, cancellationToken).ConfigureAwait(false));
            foreach (var host in failing)
            {
                rollout.LabAction("operator", lab.ClearStartFailures(host));
            }

            Keep(newest, await rollout.RunWaveAsync("pilot host run again", failing, cancellationToken).ConfigureAwait(false));
            var open = rollout.WriteGates("report --gates", pilotHosts[0]);
            Keep(newest, await rollout.RunWaveAsync("wave 3: broad, gate open", broadHosts, cancellationToken).ConfigureAwait(false));
            problems = DemoVerdict.Problems(hosts, newest, pilot, closed, held, open);

            phase = time.GetTimestamp();
            var fleetExit = ReportRequest.Run(context, new ReportRequest(share, null, null, false, folder));
            Out.WriteLine(Line("fleet report", phase, $"exit code of patcher report: {fleetExit} (the newest run of each host; every run in its history)"));
        }
        finally
        {
            phase = time.GetTimestamp();
            await lab.StopAsync(hosts).ConfigureAwait(false);
            Out.WriteLine(Line("lab stopped", phase, "every service and SCM daemon"));
        }

        DemoSummary.Write(Out, rollout.Steps, hosts, newest, rollout.Runs);
        Out.WriteLine();
        Out.WriteLine($"fleet report: {Path.Combine(folder, "report.html")} (also report.csv, report.json); host reports and gates: {share}; broad's gate as each report --gates left it: {keptGates}");
        Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {time.GetElapsedTime(total).TotalSeconds:0.0} s; ") + (problems.Count == 0
            ? "the rings held broad while the pilot failed, and every host that needed the fix ended recovered."
            : string.Join(" ", problems)));
        return problems.Count == 0 ? ExitCodes.Success : 1;
    }

    private static DemoWave Keep(Dictionary<string, HostReport> newest, DemoWave wave)
    {
        foreach (var (host, report) in wave.Runs)
        {
            newest[host.Name] = report;
        }

        return wave;
    }

    private static string Names(IEnumerable<DemoHost> hosts) => string.Join(", ", hosts.Select(h => h.Name));

    private string Line(string what, long since, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{what,-28} {context.Time.GetElapsedTime(since).TotalSeconds,6:0.0} s  {detail}");

    private void Write(string line)
    {
        lock (Out)
        {
            Out.WriteLine(line);
            Out.Flush();
        }
    }
}
