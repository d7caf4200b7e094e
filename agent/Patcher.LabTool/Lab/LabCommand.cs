using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.LabTool.Lab;

/// <summary><c>patcher-lab lab ...</c>: builds and runs simulated Exchange 5.5 hosts (real processes, files for registry and event log).</summary>
internal static class LabCommand
{
    /// <summary>The <c>lab</c> command and its subcommands, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context) =>
        new("lab", "Build and run lab hosts: simulated Exchange 5.5 servers whose services are real processes.")
        {
            LabInitCommand.Create(context),
            LabAddHostCommand.Create(context),
            LabStartCommand.Create(context),
            LabStopCommand.Create(context),
            LabStatusCommand.Create(context),
            LabPackageCommand.Create(context),
            LabScmDaemonCommand.Create(context),
            LabServiceCommand.Create(context),
        };
}
