using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Lab.Hosts;
using Patcher.Lab.Scm;

namespace Patcher.LabTool.Lab;

/// <summary>
/// <c>patcher-lab lab scm-daemon DIR/NAME</c> (hidden; <c>lab start</c> runs it): the host's service control manager. It
/// leaves the terminal's session, ignores SIGINT and SIGHUP, and shuts down (stopping its services) on SIGTERM.
/// </summary>
internal static class LabScmDaemonCommand
{
    public static Command Create(CliContext context)
    {
        var host = new Argument<string>("DIR/NAME") { Description = "The lab host's folder." };
        var command = new Command("scm-daemon", "Run a lab host's service control manager (started by patcher-lab lab start).") { host };
        command.Hidden = true;
        command.SetAction((parseResult, _) => RunAsync(context, LabHostPaths.Parse(parseResult.GetRequiredValue(host))));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, LabHostPaths host)
    {
        UnixProcess.DetachFromTerminal();
        using var stopping = new CancellationTokenSource();
        using var terminate = LabSignals.OnTerminate(stopping);
        using var ignored = LabSignals.IgnoreInterrupts();
        try
        {
            Directory.CreateDirectory(host.ScmFolder);
            using var log = new StreamWriter(new FileStream(host.ScmLogFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
            using var daemon = new LabScmDaemon(host, PatcherCommand.Current(), context.Time, log);
            return await daemon.RunAsync(stopping.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is LabHostException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"patcher: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
