using System.Collections.Concurrent;
using System.Globalization;
using Patcher.Agent.Cli;
using Patcher.Agent.Report;
using Patcher.Agent.Run;
using Patcher.Core.Pipeline;
using Patcher.Core.Reporting;
using Patcher.Core.Rollout;
using Patcher.Lab.Hosts;
using Patcher.Packaging.Building;

namespace Patcher.LabTool.Demo;

/// <summary>
/// The demo's rollout (issue 14), step by step: a wave runs the agent's pipeline (the code of <c>patcher run</c>, in-process)
/// on some hosts, each reading its ring's gate from the report share and writing its report there; <c>report --gates</c>
/// (the code of <c>patcher report</c>) decides the gates from those reports. Each step is printed and kept for the summary.
/// </summary>
internal sealed class DemoRollout(CliContext context, DemoLab lab, HotfixPackageBuildResult package, string share, string keptGates, Action<string> write)
{
    private readonly List<DemoStep> _steps = [];
    private readonly Dictionary<string, int> _runs = new(StringComparer.Ordinal);
    private int _gates;

    /// <summary>Every step so far, in order.</summary>
    public IReadOnlyList<DemoStep> Steps => _steps;

    /// <summary>How many runs each host has reported.</summary>
    public IReadOnlyDictionary<string, int> Runs => _runs;

    /// <summary>Runs the agent on <paramref name="hosts"/>, <see cref="DemoRun.Parallelism"/> at a time.</summary>
    public async Task<DemoWave> RunWaveAsync(string name, IReadOnlyList<DemoHost> hosts, CancellationToken cancellationToken)
    {
        var time = context.Time;
        var started = time.GetTimestamp();
        write($"{name}: {string.Join(", ", hosts.Select(h => h.Name))}");
        var reports = new ConcurrentDictionary<string, HostReport>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = DemoRun.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(hosts, options, async (host, token) =>
        {
            // Opened for each run, as the agent does on its schedule: the ring's gate is read now.
            if (!RunTarget.TryOpen(context.Hosts, lab.Paths(host).Root, RunMode.Apply, time, out var target, out var problem))
            {
                throw new LabHostException(LabHostException.HostNotFound, problem);
            }

            var progress = new RunProgressWriter(context.Out, $"{host.Name,-14} ");
            var local = Path.Combine(lab.Paths(host).Root, "reports");
            var (report, written) = await HostRunner.RunAsync(target!, package.PackagePath, [package.SignerFingerprint], local, progress.Write, token).ConfigureAwait(false);
            if (written.SharePath is null)
            {
                throw new IOException($"the report of {host.Name} did not reach the report share {share}: {written.ShareError ?? "no ReportShare in its policy"}");
            }

            reports[host.Name] = report;
            write($"{host.Name,-14} => {report.Outcome.ToName()} (exit {ExitCodes.For(report.Outcome)})");
        }).ConfigureAwait(false);

        var wave = new DemoWave(name, hosts, reports);
        foreach (var host in reports.Keys)
        {
            _runs[host] = _runs.GetValueOrDefault(host) + 1;
        }

        Add(new DemoStep(name, time.GetElapsedTime(started), DemoSummary.Outcomes(wave)), print: true);
        return wave;
    }

    /// <summary>
    /// <c>report --gates --policy-of <paramref name="policyOf"/></c> over the share: every ring's gate decided and written;
    /// returns the broad ring's, read back as an agent reads it (null when it cannot be: the agents would be held). Each
    /// decision of broad's gate is also kept in <c>keptGates</c> as <c>broad.N.json</c>: the share's file only holds the newest.
    /// </summary>
    public RingGate? WriteGates(string name, DemoHost policyOf)
    {
        _gates++;
        var started = context.Time.GetTimestamp();
        using var output = new StringWriter();
        var request = new ReportRequest(share, null, null, false, null) { Gates = true, GatesTarget = lab.Paths(policyOf).Root };
        if (ReportRequest.Run(context with { Out = output }, request) == ExitCodes.Error)
        {
            throw new IOException($"report --gates over {share} failed (above)");
        }

        // The report's table is the fleet report's job at the end; here only its gate lines are shown (the summary keeps broad's).
        foreach (var line in output.ToString().Split('\n').Where(l => l.StartsWith("gate ", StringComparison.Ordinal)))
        {
            write($"{"report --gates",-14} {line.TrimEnd()}");
        }

        var gate = RingGateFile.TryRead(share, DemoFleet.Broad, out var problem);
        if (gate is not null)
        {
            var kept = Path.Combine(keptGates, string.Create(CultureInfo.InvariantCulture, $"{DemoFleet.Broad}.{_gates}.json"));
            Directory.CreateDirectory(keptGates);
            File.Copy(RingGateFile.PathOf(share, DemoFleet.Broad), kept, overwrite: true);
        }

        Add(new DemoStep(name, context.Time.GetElapsedTime(started), $"{DemoFleet.Broad}: {(gate is null ? $"no gate: {problem}" : gate.Reason)}"), print: false);
        return gate;
    }

    /// <summary>Something done to the lab (a fault, an operator's fix), printed and kept as a step.</summary>
    public void LabAction(string name, string line) => Add(new DemoStep(name, TimeSpan.Zero, line), print: true);

    private void Add(DemoStep step, bool print)
    {
        _steps.Add(step);
        if (print)
        {
            write(step.ToString());
        }
    }
}
