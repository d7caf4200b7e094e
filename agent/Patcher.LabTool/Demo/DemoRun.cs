using System.Collections.Concurrent;
using System.Globalization;
using Patcher.Agent.Cli;
using Patcher.Agent.Report;
using Patcher.Agent.Run;
using Patcher.Core.Assessment;
using Patcher.Core.Reporting;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Demo;

/// <summary>
/// One <c>patcher-lab demo</c>: package, lab fleet, the agent's pipeline on every host (the code <c>patcher run</c> runs,
/// in-process), host reports and the fleet report, a summary. Lab processes are stopped whatever happens, Ctrl+C included.
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
        Out.WriteLine($"patcher-lab demo: KB Q248732 on a lab fleet of {hosts.Count} hosts, in {folder}");

        var phase = time.GetTimestamp();
        var built = await DemoPackage.BuildAsync(folder, time, cancellationToken).ConfigureAwait(false);
        Out.WriteLine(Line("package", phase, $"{built.PackagePath}, signed by the development certificate {built.SignerFingerprint}"));

        var lab = new DemoLab(Path.Combine(folder, "lab"), time);
        phase = time.GetTimestamp();
        lab.Create(hosts);
        Out.WriteLine(Line("lab", phase, $"{hosts.Count} hosts in {lab.Folder}; short windows from lab.json: stability {lab.Settings.StabilityWindowSeconds} s, hung after {lab.Settings.HungDetectionWindowSeconds} s (production: minutes)"));
        var reports = new ConcurrentDictionary<string, HostReport>(StringComparer.Ordinal);
        try
        {
            phase = time.GetTimestamp();
            await lab.StartAllAsync(hosts, Parallelism, Write, cancellationToken).ConfigureAwait(false);
            Out.WriteLine(Line("lab started", phase, $"{Parallelism} hosts at a time on {Environment.ProcessorCount} core(s)"));

            phase = time.GetTimestamp();
            var reportFolder = Path.Combine(folder, "reports");
            var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(hosts, options, async (host, token) =>
            {
                if (!RunTarget.TryOpen(context.Hosts, lab.Paths(host).Root, RunMode.Apply, time, out var target, out var problem))
                {
                    throw new LabHostException(LabHostException.HostNotFound, problem);
                }

                var progress = new RunProgressWriter(Out, $"{host.Name,-14} ");
                var (report, _) = await HostRunner.RunAsync(target!, built.PackagePath, [built.SignerFingerprint], reportFolder, progress.Write, token).ConfigureAwait(false);
                reports[host.Name] = report;
                Write($"{host.Name,-14} => {report.Outcome.ToName()}");
            }).ConfigureAwait(false);
            Out.WriteLine(Line("agent runs", phase, $"the pipeline of patcher run on every host, reports in {reportFolder}"));

            phase = time.GetTimestamp();
            var fleetExit = ReportRequest.Run(context, new ReportRequest(reportFolder, null, null, false, folder));
            Out.WriteLine(Line("fleet report", phase, $"exit code of patcher report: {fleetExit}"));
        }
        finally
        {
            phase = time.GetTimestamp();
            await lab.StopAsync(hosts).ConfigureAwait(false);
            Out.WriteLine(Line("lab stopped", phase, "every service and SCM daemon"));
        }

        DemoSummary.Write(Out, hosts, reports);
        var unrecovered = hosts.Where(h => reports.TryGetValue(h.Name, out var r) && NeededFix(r) && r.Outcome != HostOutcome.PatchedRecovered).Select(h => h.Name).ToArray();
        Out.WriteLine();
        Out.WriteLine($"fleet report: {Path.Combine(folder, "report.html")} (also report.csv, report.json); host reports: {Path.Combine(folder, "reports")}");
        Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {time.GetElapsedTime(total).TotalSeconds:0.0} s; ") + (unrecovered.Length == 0
            ? "every host that needed the fix ended recovered."
            : $"NOT recovered: {string.Join(", ", unrecovered)}."));
        return unrecovered.Length == 0 && reports.Count == hosts.Count ? ExitCodes.Success : 1;
    }

    /// <summary>Whether the host lacked the fix when the run found it.</summary>
    public static bool NeededFix(HostReport report) =>
        report.Installations.Any(i => i.Before.Fix is FixVerdict.Vulnerable or FixVerdict.HalfPatched);

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
