using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Agent.Package;
using Patcher.Lab.Packages;

namespace Patcher.LabTool.Lab;

/// <summary>
/// <c>patcher-lab lab package [--out DIR] [--cert PFX]</c>: builds the lab's package (our engine as X400OM.DLL and the
/// lab's stand-in EMSMTA.EXE, marked <c>labOnly</c>) for lab hosts. The production agent refuses it (AP006); production
/// packages come from the vendor's files (<c>package build --payload DIR</c>).
/// </summary>
internal static class LabPackageCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = $"The output folder. Default: {PackageBuildCommand.DefaultOutput} (relative to the current directory).", HelpName = "DIR" };
        var cert = new Option<string>("--cert") { Description = "The signing certificate (PFX); default: the development certificate.", HelpName = "PFX" };
        var command = new Command(
            "package",
            $"Build the lab's Q248732 package ({LabHotfixPackage.FileName}: the patched engine and the lab's stand-in MTA, marked labOnly) for lab hosts. Exit 0 built, 2 error.")
        {
            output, cert,
        };
        command.SetAction((parseResult, cancellationToken) => PackageBuildCommand.BuildAsync(
            context,
            "lab package",
            () => LabHotfixPackage.Content(Path.Combine(AppContext.BaseDirectory, LabHotfixPackage.EngineFileName)),
            parseResult.GetValue(output) ?? PackageBuildCommand.DefaultOutput,
            parseResult.GetValue(cert),
            cancellationToken));
        return command;
    }
}
