using Patcher.Agent.Cli;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Lab;

/// <summary>
/// What <c>lab start</c> and <c>lab stop</c> share: load the lab's settings, act on each host (all, or the one named),
/// print each host's service outcomes, and exit with the worst (a failed service → 14; a lab error → 2).
/// </summary>
internal static class LabHostsAction
{
    /// <summary>Runs <paramref name="act"/> per host; it returns the services' outcomes, or null when it did nothing.</summary>
    public static async Task<int> RunAsync(
        CliContext context, string dir, string? name, Func<LabHostPaths, LabSettings, LabHostController, Task<IReadOnlyList<LabServiceOutcome>?>> act)
    {
        try
        {
            var settings = LabSettings.Load(dir);
            var worst = ExitCodes.Success;
            foreach (var host in LabFolder.Hosts(dir, name))
            {
                var outcomes = await act(host, settings, new LabHostController(host, context.Time)).ConfigureAwait(false);
                if (outcomes is not null && outcomes.Any(outcome => !outcome.Succeeded))
                {
                    worst = ExitCodes.Failed;
                }
            }

            return worst;
        }
        catch (Exception e) when (e is LabHostException or ServiceControlException)
        {
            context.Error.WriteLine($"patcher: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
