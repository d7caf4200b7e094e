using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Lab.Hosts;
using Patcher.Lab.Services;

namespace Patcher.LabTool.Lab;

/// <summary>
/// <c>patcher-lab lab service NAME --host DIR/NAME</c> (hidden; the lab SCM runs it): one lab service process. It prints
/// <c>SERVICE_RUNNING</c> once running and exits when stopped (SIGTERM), like a Windows service answering its SCM.
/// </summary>
internal static class LabServiceCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The service name, e.g. MSExchangeMTA." };
        var host = new Option<string>("--host") { Description = "The lab host's folder (DIR/NAME).", Required = true };
        var command = new Command("service", "Run one lab service (started by the lab SCM daemon).") { name, host };
        command.Hidden = true;
        command.SetAction((parseResult, _) => RunAsync(context, parseResult.GetRequiredValue(name), LabHostPaths.Parse(parseResult.GetRequiredValue(host))));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string name, LabHostPaths host)
    {
        using var stopping = new CancellationTokenSource();
        using var terminate = LabSignals.OnTerminate(stopping);
        using var ignored = LabSignals.IgnoreInterrupts();
        try
        {
            return await LabServiceHost.RunAsync(name, host, context.Out, stopping.Token).ConfigureAwait(false);
        }
        catch (LabHostException e)
        {
            context.Error.WriteLine($"patcher: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
