using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Patcher.Core.Configuration;

namespace Patcher.Agent.Service;

/// <summary>
/// The service's loop: run at start-up, then on the schedule, only inside the maintenance window if one is set. Settings
/// are reloaded before each run. All waiting goes through <see cref="TimeProvider"/> and ends as soon as the SCM asks
/// the service to stop.
/// </summary>
internal sealed class AgentWorker(IAgentRun run, IAgentSettingsSource settingsSource, TimeProvider time, ILogger<AgentWorker> logger)
    : BackgroundService
{
    /// <summary>
    /// The longest single wait: the schedule is re-read at least this often, so a policy that shortens the interval or
    /// moves the window takes effect within 15 minutes.
    /// </summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? lastRun = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var layered = settingsSource.Load();
            var settings = layered.Settings;
            var now = time.GetUtcNow();
            if (!layered.IsValid)
            {
                // Nothing runs on settings an admin has to fix; try again after a run interval (of the defaults, if need be).
                logger.LogError("The agent's settings are invalid, so nothing runs until they are fixed ({Code}): {Problems}", AgentSettingsException.InvalidSettings, string.Join(" ", layered.Problems));
                lastRun = now;
            }
            else
            {
                var next = AgentSchedule.NextRun(now, time.LocalTimeZone, lastRun, settings);
                if (next <= now)
                {
                    lastRun = now;
                    await RunOnceAsync(settings, stoppingToken).ConfigureAwait(false);
                    continue;
                }
            }

            var wait = AgentSchedule.NextRun(now, time.LocalTimeZone, lastRun, settings) - now;
            await Task.Delay(wait < LongestWait ? wait : LongestWait, time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunOnceAsync(AgentSettings settings, CancellationToken stoppingToken)
    {
        logger.LogInformation("Run starting (mode {Mode}).", settings.Mode);
        try
        {
            var exitCode = await run.RunOnceAsync(settings, stoppingToken).ConfigureAwait(false);
            logger.LogInformation("Run finished with exit code {ExitCode}.", exitCode);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A run's boundary: a failed run is logged and the service waits for the next one.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Run failed; the next one is on schedule.");
        }
    }
}
