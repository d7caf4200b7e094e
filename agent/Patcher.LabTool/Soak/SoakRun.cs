using System.Collections.Concurrent;
using System.Globalization;
using Patcher.Agent.Cli;
using Patcher.Lab.Hosts;
using Patcher.LabTool.Demo;
using Patcher.LabTool.Hosts;

namespace Patcher.LabTool.Soak;

/// <summary>
/// One <c>patcher-lab soak</c>: the demo's fleet, then CYCLES times <c>patcher run</c> and <c>patcher rollback</c> on every
/// host, in this one process as the agent's service runs them, measuring what each cycle leaves behind (Soak/README.md).
/// </summary>
internal sealed class SoakRun(CliContext context, string folder, int cycles)
{
    private TextWriter Out => context.Out;

    public Task<int> RunAsync(bool force) =>
        LabFolderRun.RunAsync(context, "soak", folder, force, SoakAsync);

    private async Task<int> SoakAsync(CancellationToken cancellationToken)
    {
        var time = context.Time;
        var hosts = DemoFleet.Hosts;
        var built = await DemoPackage.BuildAsync(folder, time, cancellationToken).ConfigureAwait(false);
        var lab = new DemoLab(Path.Combine(folder, "lab"), time);
        lab.Create(hosts);
        var paths = hosts.Select(lab.Paths).ToArray();
        var reportFolder = Path.Combine(folder, "reports");
        var samples = new List<SoakSample>();
        var exits = new List<IReadOnlyDictionary<string, (int Run, int Rollback)>>();
        Out.WriteLine($"patcher-lab soak: {cycles} cycles of run and rollback on the demo fleet ({hosts.Count} hosts), in {folder}");
        try
        {
            await lab.StartAllAsync(hosts, DemoRun.Parallelism, _ => { }, cancellationToken).ConfigureAwait(false);
            samples.Add(SoakSample.Take(0, lab.Folder, paths, reportFolder));
            SoakTable.WriteHeader(Out, paths.Select(p => p.Name).Order(StringComparer.Ordinal));
            SoakTable.Write(Out, samples[0], TimeSpan.Zero, "fleet started");
            for (var cycle = 1; cycle <= cycles; cycle++)
            {
                var started = time.GetTimestamp();
                var codes = new ConcurrentDictionary<string, (int Run, int Rollback)>(StringComparer.Ordinal);
                var options = new ParallelOptions { MaxDegreeOfParallelism = DemoRun.Parallelism, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(paths, options, async (host, _) =>
                {
                    var run = await CommandAsync(["run", "--lab", host.Root, "--package", built.PackagePath, "--trusted-signer", built.SignerFingerprint, "--report-dir", reportFolder, "--json"]).ConfigureAwait(false);
                    var rollback = await CommandAsync(["rollback", "--lab", host.Root, "--json"]).ConfigureAwait(false);
                    codes[host.Name] = (run, rollback);
                }).ConfigureAwait(false);
                exits.Add(codes);
                samples.Add(SoakSample.Take(cycle, lab.Folder, paths, reportFolder));
                SoakTable.Write(Out, samples[^1], time.GetElapsedTime(started), Codes(codes));
            }
        }
        finally
        {
            await lab.StopAsync(hosts).ConfigureAwait(false);
        }

        var afterStop = SoakSample.Take(cycles + 1, lab.Folder, paths, reportFolder);
        var verdict = SoakVerdict.Judge(samples, exits, afterStop);
        Out.WriteLine();
        foreach (var line in verdict.Lines)
        {
            Out.WriteLine(line);
        }

        return verdict.Steady ? ExitCodes.Success : 1;
    }

    /// <summary>Runs one agent command in this process (as the service does), its output discarded: the soak reads exit codes.</summary>
    private Task<int> CommandAsync(IReadOnlyList<string> args) =>
        PatcherCli.RunAsync(args, TextWriter.Null, TextWriter.Null, context.Time, new LabHostOpener(), LabToolCli.Commands);

    private static string Codes(IReadOnlyDictionary<string, (int Run, int Rollback)> codes) =>
        string.Join(' ', codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value.Run}/{c.Value.Rollback}")));
}
