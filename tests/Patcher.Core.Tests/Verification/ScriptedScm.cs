using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Verification;

/// <summary>An SCM whose MTA status is a function of the (fake) time: to make it die in the middle of the window.</summary>
internal sealed class ScriptedScm(TimeProvider time, Func<TimeSpan, ServiceStatus> status) : IServiceControlManager
{
    private readonly DateTimeOffset _start = time.GetUtcNow();

    public Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<ServiceConfiguration>>([]);

    public Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default) => Task.FromResult(status(time.GetUtcNow() - _start));

    public Task StartAsync(string serviceName, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task StopAsync(string serviceName, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
