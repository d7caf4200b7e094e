using Patcher.Core.Platform;
using Patcher.Core.Services;

namespace Patcher.Core.Tests.Services;

/// <summary>
/// An in-memory SCM whose starts and stops take time on a fake clock, refusing what Windows refuses (1056, 1061, 1062,
/// 1051, 1058, 1068); services can crash at start with 1067, never start, or hang in their stop. It can kill, too.
/// </summary>
internal sealed class SimulatedScm(TimeProvider time) : IServiceControlManager, IServiceKiller
{
    private readonly Dictionary<string, SimulatedService> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly DateTimeOffset _epoch = time.GetUtcNow();

    /// <summary>Every request, as "T+seconds verb service".</summary>
    public List<string> Calls { get; } = [];

    public SimulatedService this[string name] => _services[name];

    public static SimulatedScm Exchange(TimeProvider time, ServiceState dx = ServiceState.Running, ServiceState imc = ServiceState.Running)
    {
        var scm = new SimulatedScm(time);
        scm.Add("MSExchangeSA", ServiceState.Running);
        scm.Add("MSExchangeDS", ServiceState.Running, "MSExchangeSA");
        scm.Add("MSExchangeMTA", ServiceState.Running, "MSExchangeDS");
        scm.Add("MSExchangeIS", ServiceState.Running, "MSExchangeDS");
        scm.Add("MSExchangeDX", dx, "MSExchangeMTA");
        scm.Add("MSExchangeIMC", imc, "MSExchangeMTA");
        return scm;
    }

    public SimulatedService Add(string name, ServiceState state, params string[] dependOn) =>
        Add(name, state, ServiceStartMode.Automatic, dependOn);

    public SimulatedService Add(string name, ServiceState state, ServiceStartMode mode, params string[] dependOn)
    {
        var service = new SimulatedService(new ServiceConfiguration(name, name, $@"C:\EXCHSRVR\BIN\{name}.EXE", dependOn, mode), state);
        _services[name] = service;
        return service;
    }

    /// <summary>The calls without their times.</summary>
    public IEnumerable<string> Verbs => Calls.Select(call => call[(call.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

    public Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ServiceConfiguration>>([.. _services.Values.Select(s => s.Configuration)]);

    public Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        var service = Find(serviceName);
        return Task.FromResult(new ServiceStatus(serviceName, service.State, service.Win32ExitCode, 0, service.State == ServiceState.Stopped ? 0 : 4242));
    }

    public Task StartAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        Log("start", serviceName);
        var service = Find(serviceName);
        if (service.Configuration.StartMode == ServiceStartMode.Disabled)
        {
            throw new ServiceControlException(serviceName, 1058, $"The service {serviceName} is disabled (Win32 error 1058).");
        }

        if (service.State != ServiceState.Stopped)
        {
            throw new ServiceControlException(serviceName, 1056, $"{serviceName} is already running (1056).");
        }

        if (service.Configuration.DependOnService.Any(d => Find(d).State != ServiceState.Running))
        {
            throw new ServiceControlException(serviceName, 1068, $"A dependency of {serviceName} is not running (1068).");
        }

        service.State = ServiceState.StartPending;
        service.Win32ExitCode = 0;
        if (service.NeverStarts)
        {
            return Task.CompletedTask;
        }

        var crash = service.FailingStarts > 0;
        service.FailingStarts -= crash ? 1 : 0;
        service.Schedule(time.GetUtcNow() + service.StartDelay, crash ? ServiceState.Stopped : ServiceState.Running, crash ? 1067 : 0);
        return Task.CompletedTask;
    }

    public Task StopAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        Log("stop", serviceName);
        var service = Find(serviceName);
        switch (service.State)
        {
            case ServiceState.Stopped:
                throw new ServiceControlException(serviceName, 1062, $"{serviceName} is not started (1062).");
            case ServiceState.StartPending or ServiceState.StopPending:
                throw new ServiceControlException(serviceName, 1061, $"{serviceName} cannot accept a stop while {service.State} (1061).");
        }

        if (_services.Values.Any(s => s.State != ServiceState.Stopped && s.Configuration.DependOnService.Contains(serviceName, StringComparer.OrdinalIgnoreCase)))
        {
            throw new ServiceControlException(serviceName, 1051, $"A dependent of {serviceName} is active (1051).");
        }

        service.State = ServiceState.StopPending;
        service.TransitionAt = null;
        if (!service.StopHangs)
        {
            service.Schedule(time.GetUtcNow() + service.StopDelay, ServiceState.Stopped, 0);
        }

        return Task.CompletedTask;
    }

    public Task KillAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        Log("kill", serviceName);
        var service = Find(serviceName);
        if (service.State == ServiceState.Stopped)
        {
            throw new ServiceControlException(serviceName, 1062, $"{serviceName} has no process to kill (1062).");
        }

        service.State = ServiceState.StopPending;
        service.TransitionAt = null;
        if (!service.KillHangs)
        {
            service.Schedule(time.GetUtcNow() + TimeSpan.FromSeconds(1), ServiceState.Stopped, 0);
        }

        return Task.CompletedTask;
    }

    private SimulatedService Find(string name)
    {
        if (!_services.TryGetValue(name, out var service))
        {
            throw new ServiceNotFoundException(name);
        }

        service.Settle(time.GetUtcNow());
        return service;
    }

    private void Log(string verb, string name) =>
        Calls.Add($"T+{(time.GetUtcNow() - _epoch).TotalSeconds:0.###} {verb} {name}");
}
