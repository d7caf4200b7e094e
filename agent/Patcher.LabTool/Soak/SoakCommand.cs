using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.LabTool.Soak;

/// <summary><c>patcher-lab soak [--cycles N] [--out DIR] [--force]</c>: run and rollback, N times, on the demo fleet (Soak/README.md).</summary>
internal static class SoakCommand
{
    public const string DefaultFolder = "patcher-soak";
    public const int DefaultCycles = 30;

    public static Command Create(CliContext context)
    {
        var cycles = new Option<int>("--cycles") { Description = $"How many cycles of run and rollback (default {DefaultCycles}).", HelpName = "N", DefaultValueFactory = _ => DefaultCycles };
        var output = new Option<string?>("--out") { Description = $"Where to put the package, the lab and the host reports (default ./{DefaultFolder}).", HelpName = "DIR" };
        var force = new Option<bool>("--force") { Description = "Use DIR even if it is not empty (its previous lab is stopped and removed)." };
        cycles.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError("--cycles must be between 1 and 1000.");
            }
        });
        var command = new Command(
            "soak",
            "Run the agent (run, then rollback) N times on the demo fleet in this one process, as its service would, and measure what each cycle leaves behind: memory, descriptors, threads, lab processes, state folders. Exit 0 steady, 1 a leak or a cycle that ended differently, 2 error.")
        {
            cycles, output, force,
        };
        command.SetAction((parseResult, _) => new SoakRun(context, Path.GetFullPath(parseResult.GetValue(output) ?? DefaultFolder), parseResult.GetValue(cycles)).RunAsync(parseResult.GetValue(force)));
        return command;
    }
}
