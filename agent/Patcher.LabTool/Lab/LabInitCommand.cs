using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Lab;

/// <summary><c>patcher-lab lab init DIR</c>: creates a lab folder with its settings (<c>lab.json</c>).</summary>
internal static class LabInitCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("DIR") { Description = "The lab folder (created if missing)." };
        var command = new Command("init", "Create a lab: DIR/lab.json with short hung-detection and stability windows.") { dir };
        command.SetAction(parseResult => Run(context, parseResult.GetRequiredValue(dir)));
        return command;
    }

    private static int Run(CliContext context, string dir)
    {
        var lab = Path.GetFullPath(dir);
        if (File.Exists(LabSettings.PathIn(lab)))
        {
            context.Error.WriteLine($"patcher: {lab} is already a lab ({LabSettings.FileName} exists).");
            return ExitCodes.Error;
        }

        if (Core.Files.ExpectedFolder.Problem(lab) is { } problem && problem != "does not exist")
        {
            context.Error.WriteLine($"patcher-lab lab init: {lab} {problem}: choose a folder.");
            return ExitCodes.Error;
        }

        Directory.CreateDirectory(lab);
        var settings = new LabSettings();
        settings.Save(lab);
        context.Out.WriteLine($"Lab created: {LabSettings.PathIn(lab)}");
        context.Out.WriteLine($"  hung-detection window   {settings.HungDetectionWindowSeconds} s");
        context.Out.WriteLine($"  stability window        {settings.StabilityWindowSeconds} s");
        context.Out.WriteLine($"  service start timeout   {settings.ServiceStartTimeoutSeconds} s");
        context.Out.WriteLine($"  service stop timeout    {settings.ServiceStopTimeoutSeconds} s");
        context.Out.WriteLine($"  hung MTA's stop grace   {settings.MtaStopGraceSeconds} s");
        context.Out.WriteLine("These windows are short so lab runs take seconds; on a production host they are minutes.");
        context.Out.WriteLine($"Next: patcher-lab lab add-host {lab} NAME --version 5.5.2650.24 --queue 5 --poison 1");
        return ExitCodes.Success;
    }
}
