using Patcher.Agent.Hosts;
using Patcher.Core.Apply;
using Patcher.Core.Platform;

namespace Patcher.Agent.Apply;

/// <summary>The host <c>apply</c> and <c>rollback</c> work on, and how they stop and start its services.</summary>
/// <param name="Host">The opened host.</param>
/// <param name="Services">Stops and starts services (the resilient restart will replace it).</param>
internal sealed record ApplyHost(AgentHost Host, IServiceRestarter Services)
{
    /// <summary>The platform: this Windows machine or a lab host.</summary>
    public HostPlatform Platform => Host.Platform;

    /// <summary>Opens <paramref name="target"/> with <paramref name="hosts"/>; on failure <paramref name="problem"/> says what to do.</summary>
    public static bool TryOpen(IHostOpener hosts, string? target, TimeProvider time, out ApplyHost? applyHost, out string problem)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        applyHost = null;
        if (!hosts.TryOpen(target, time, out var host, out problem))
        {
            return false;
        }

        applyHost = new ApplyHost(host, new ScmServiceRestarter(host.Platform.Services, time, host.ServiceWaits));
        return true;
    }
}
