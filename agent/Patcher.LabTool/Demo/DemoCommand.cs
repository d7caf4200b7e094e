using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.LabTool.Demo;

/// <summary><c>patcher-lab demo [--out DIR] [--force]</c>: the whole story on a lab fleet, in rollout rings, in under two minutes (Demo/README.md).</summary>
internal static class DemoCommand
{
    public const string DefaultFolder = "patcher-demo";

    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out") { Description = $"Where to put the package, the lab, the host reports and the fleet report (default ./{DefaultFolder}).", HelpName = "DIR" };
        var force = new Option<bool>("--force") { Description = "Use DIR even if it is not empty (its previous demo is stopped and removed)." };
        var command = new Command(
            "demo",
            "Build the signed package, create a lab fleet (RTM..SP4, poisoned, hung, 1067, half-patched, flaky, no MTA) in rollout rings, run the agent ring by ring: the pilot, where one host fails and rolls back; broad, held by its closed gate; the pilot fixed; broad, its gate open. Write the fleet report. Exit 0 when every host that needed the fix ended recovered and broad was held while the pilot failed, 1 otherwise, 2 error.")
        {
            output, force,
        };
        command.SetAction((parseResult, _) => new DemoRun(context, Path.GetFullPath(parseResult.GetValue(output) ?? DefaultFolder)).RunAsync(parseResult.GetValue(force)));
        return command;
    }
}
