using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// A service control manager whose start and stop take effect at once (unless told otherwise), refusing what Windows
/// refuses: stopping a service whose dependents run (1051), starting one whose dependency does not (1068).
/// </summary>
internal sealed class ServiceScm : IServiceControlManager
{
    public List<ServiceConfiguration> Services { get; } = [];

    public Dictionary<string, ServiceState> States { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Calls { get; } = [];

    /// <summary>Hears each stop once it has taken effect and each start before it does (<c>stop NAME</c>, <c>start NAME</c>).</summary>
    public Action<string>? Changing { get; set; }

    /// <summary>Services whose next N starts leave them stopped with 1067.</summary>
    public Dictionary<string, int> FailingStarts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Services that stay stop-pending when asked to stop.</summary>
    public HashSet<string> StuckStops { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name, ServiceState state, params string[] dependOn)
    {
        Services.Add(new ServiceConfiguration(name, name, @"C:\EXCHSRVR\BIN\" + name + ".EXE", dependOn, ServiceStartMode.Automatic));
        States[name] = state;
    }

    /// <summary>The Exchange layout: SA, DS running; MTA, IS, DX, IMC with the given states.</summary>
    public static ServiceScm Exchange(ServiceState mta = ServiceState.Running, ServiceState dx = ServiceState.Running, ServiceState imc = ServiceState.Running)
    {
        var scm = new ServiceScm();
        scm.Add("MSExchangeSA", ServiceState.Running);
        scm.Add("MSExchangeDS", ServiceState.Running, "MSExchangeSA");
        scm.Services.Add(new ServiceConfiguration("MSExchangeMTA", "Microsoft Exchange Message Transfer Agent", @"C:\EXCHSRVR\BIN\EMSMTA.EXE", ["MSExchangeDS"], ServiceStartMode.Automatic));
        scm.States["MSExchangeMTA"] = mta;
        scm.Add("MSExchangeIS", ServiceState.Running, "MSExchangeDS");
        scm.Add("MSExchangeDX", dx, "MSExchangeMTA");
        scm.Add("MSExchangeIMC", imc, "MSExchangeMTA");
        return scm;
    }

    public Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ServiceConfiguration>>([.. Services]);

    public Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default) =>
        States.TryGetValue(serviceName, out var state)
            ? Task.FromResult(new ServiceStatus(serviceName, state, 0, 0, state == ServiceState.Running ? 100 : 0))
            : throw new ServiceNotFoundException(serviceName);

    public Task StartAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        Calls.Add("start " + serviceName);
        var service = Services.Single(s => s.Name == serviceName);
        if (States[serviceName] != ServiceState.Stopped)
        {
            throw new ServiceControlException(serviceName, 1056, $"{serviceName} is already running.");
        }

        if (service.DependOnService.Any(d => States[d] != ServiceState.Running))
        {
            throw new ServiceControlException(serviceName, 1068, $"A dependency of {serviceName} is not running.");
        }

        Changing?.Invoke("start " + serviceName);
        if (FailingStarts.TryGetValue(serviceName, out var failures) && failures > 0)
        {
            FailingStarts[serviceName] = failures - 1;
            return Task.CompletedTask; // it dies at once: stays stopped
        }

        States[serviceName] = ServiceState.Running;
        return Task.CompletedTask;
    }

    public Task StopAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        Calls.Add("stop " + serviceName);
        if (States[serviceName] != ServiceState.Running)
        {
            throw new ServiceControlException(serviceName, 1062, $"{serviceName} is not running.");
        }

        if (Services.Any(s => s.DependOnService.Contains(serviceName) && States[s.Name] == ServiceState.Running))
        {
            throw new ServiceControlException(serviceName, 1051, $"A dependent of {serviceName} is running.");
        }

        States[serviceName] = StuckStops.Contains(serviceName) ? ServiceState.StopPending : ServiceState.Stopped;
        Changing?.Invoke("stop " + serviceName);
        return Task.CompletedTask;
    }
}
