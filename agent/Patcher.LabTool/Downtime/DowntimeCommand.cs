using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.LabTool.Downtime;

/// <summary><c>patcher-lab downtime [--repeat N] [--out DIR] [--force]</c>: the MTA's down time, plain restart against patch (Downtime/README.md).</summary>
internal static class DowntimeCommand
{
    public const string DefaultFolder = "patcher-downtime";
    public const int DefaultRepeat = 7;

    /// <summary>Issue 13: a patch may keep the MTA down at most this many times its own stop + start.</summary>
    public const double Target = 1.1;

    public static Command Create(CliContext context)
    {
        var repeat = new Option<int>("--repeat") { Description = $"How many plain restarts and patches to measure (default {DefaultRepeat}).", HelpName = "N", DefaultValueFactory = _ => DefaultRepeat };
        var output = new Option<string?>("--out") { Description = $"Where to put the package and the lab (default ./{DefaultFolder}).", HelpName = "DIR" };
        var force = new Option<bool>("--force") { Description = "Use DIR even if it is not empty (its previous lab is stopped and removed)." };
        repeat.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--repeat must be between 1 and 100.");
            }
        });
        var command = new Command(
            "downtime",
            $"On one SP2 lab host, N times: restart the MTA (dependents stopped first, started after), then apply the signed package and roll it back; print how long the MTA was not running each time (from the lab SCM's log), the medians and their ratio. Exit 0 when the ratio is at most {Target}, 1 above, 2 error.")
        {
            repeat, output, force,
        };
        command.SetAction((parseResult, _) => new DowntimeRun(context, Path.GetFullPath(parseResult.GetValue(output) ?? DefaultFolder), parseResult.GetValue(repeat)).RunAsync(parseResult.GetValue(force)));
        return command;
    }
}
