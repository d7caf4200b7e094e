using Patcher.Core.Configuration;

namespace Patcher.Agent.Service;

/// <summary>
/// One run of the pipeline on this host (discover → assess → plan → apply → restart → verify → report) in the mode
/// <see cref="AgentSettings.Mode"/> sets. The service calls it at start-up and then on its schedule.
/// </summary>
internal interface IAgentRun
{
    /// <summary>Runs the pipeline once with <paramref name="settings"/>; returns the exit code <c>patcher run</c> would. Honours cancellation promptly.</summary>
    Task<int> RunOnceAsync(AgentSettings settings, CancellationToken cancellationToken);
}
