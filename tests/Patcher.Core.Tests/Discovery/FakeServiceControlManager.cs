using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Discovery;

/// <summary>Services and their statuses in memory; start and stop are not needed by discovery or health.</summary>
internal sealed class FakeServiceControlManager : IServiceControlManager
{
    public List<ServiceConfiguration> Services { get; } = [];

    public Dictionary<string, ServiceStatus> Statuses { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When set, status queries throw it.</summary>
    public ServiceControlException? QueryFailure { get; set; }

    public Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ServiceConfiguration>>([.. Services]);

    public Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        if (QueryFailure is not null)
        {
            throw QueryFailure;
        }

        return Statuses.TryGetValue(serviceName, out var status)
            ? Task.FromResult(status)
            : throw new ServiceNotFoundException(serviceName);
    }

    public Task StartAsync(string serviceName, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task StopAsync(string serviceName, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
