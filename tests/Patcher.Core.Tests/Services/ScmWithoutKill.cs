using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Services;

/// <summary>An SCM that cannot kill (hides <see cref="SimulatedScm"/>'s kill capability).</summary>
internal sealed class ScmWithoutKill(IServiceControlManager inner) : IServiceControlManager
{
    public Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default) => inner.GetServicesAsync(cancellationToken);

    public Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default) => inner.QueryStatusAsync(serviceName, cancellationToken);

    public Task StartAsync(string serviceName, CancellationToken cancellationToken = default) => inner.StartAsync(serviceName, cancellationToken);

    public Task StopAsync(string serviceName, CancellationToken cancellationToken = default) => inner.StopAsync(serviceName, cancellationToken);
}
