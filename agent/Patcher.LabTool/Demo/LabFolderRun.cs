using System.Runtime.InteropServices;
using Patcher.Agent.Cli;
using Patcher.Core.Files;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Packaging.Verification;

namespace Patcher.LabTool.Demo;

/// <summary>
/// What <c>demo</c>, <c>soak</c> and <c>downtime</c> share around their work: an output folder that is a folder and empty
/// (or replaced with <c>--force</c>, its previous lab killed first), Ctrl+C and SIGTERM as cancellation, and the lab's
/// and the package's failures said in one line (exit 2). Their lab processes are stopped by their own code, whatever happens.
/// </summary>
internal static class LabFolderRun
{
    public static async Task<int> RunAsync(CliContext context, string command, string folder, bool force, Func<CancellationToken, Task<int>> work)
    {
        var name = $"{context.Hosts.ToolName} {command}";
        if (ExpectedFolder.Problem(folder) is { } problem && problem != "does not exist")
        {
            context.Error.WriteLine($"{name}: --out {folder} {problem}: choose a folder.");
            return ExitCodes.Error;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!force)
            {
                context.Error.WriteLine($"{name}: {folder} is not empty: choose another --out DIR, or add --force to replace it.");
                return ExitCodes.Error;
            }

            DemoLab.KillAll(Path.Combine(folder, "lab"));
            Directory.Delete(folder, recursive: true);
        }

        using var cancel = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; cancel.Cancel(); });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; cancel.Cancel(); });
        try
        {
            return await work(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine($"{name}: interrupted; the lab was stopped.");
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is LabHostException or HotfixPackageException or IOException or UnauthorizedAccessException or ServiceControlException)
        {
            context.Error.WriteLine($"{name}: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
