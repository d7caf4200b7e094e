using Microsoft.Extensions.Logging;
using Patcher.Agent.Cli;
using Patcher.Agent.Scan;
using Patcher.Core.Assessment;
using Patcher.Core.Configuration;

namespace Patcher.Agent.Service;

/// <summary>
/// Temporary <see cref="IAgentRun"/> until <c>patcher run</c> exists: runs <c>check</c> (scan and assess) and logs its
/// result; in scan-and-apply mode it logs that apply is not wired yet. Replaced by the full pipeline.
/// </summary>
internal sealed class CheckOnlyAgentRun(string? lab, TimeProvider time, ILogger<CheckOnlyAgentRun> logger) : IAgentRun
{
    /// <inheritdoc />
    public Task<int> RunOnceAsync(AgentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Task.Run(
            () =>
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                var exitCode = ScanRunner.Run(new CliContext(output, error, time), "check", lab, settings.HungAfter, json: true, FixBaseline.Q248732);
                logger.LogInformation("check finished with exit code {ExitCode}: {Document}", exitCode, output.ToString().Trim());
                if (error.GetStringBuilder().Length > 0)
                {
                    logger.LogWarning("check reported: {Error}", error.ToString().Trim());
                }

                if (settings.Mode == AgentMode.ScanAndApply)
                {
                    logger.LogWarning("Mode is scan-and-apply, but apply is not wired into the service yet: this run only checked.");
                }

                return exitCode;
            },
            cancellationToken);
    }
}
