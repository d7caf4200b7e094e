using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.ServiceProcess;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Windows.Registry;
using ServiceStartMode = Patcher.Core.Platform.ServiceStartMode;

namespace Patcher.Windows.Services;

/// <summary>
/// The Windows service control manager. Start and stop only ask (StartService / ControlService(SERVICE_CONTROL_STOP))
/// and return once the request is accepted: the caller waits on its own <see cref="TimeProvider"/>, never on
/// <c>ServiceController.WaitForStatus</c>, which polls the wall clock (DOMAIN.md).
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsServiceControlManager : IServiceControlManager
{
    private readonly IRegistry _registry;

    /// <summary>Reads service configuration from <paramref name="registry"/> (the <c>Services</c> key) and status from the SCM.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsServiceControlManager(IRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        WindowsOnly.Ensure(nameof(WindowsServiceControlManager));
        _registry = registry;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default)
    {
        var services = new List<ServiceConfiguration>();
        foreach (var controller in ServiceController.GetServices())
        {
            using (controller)
            {
                cancellationToken.ThrowIfCancellationRequested();
                services.Add(ReadConfiguration(controller.ServiceName, controller.DisplayName));
            }
        }

        return Task.FromResult<IReadOnlyList<ServiceConfiguration>>(services);
    }

    /// <inheritdoc />
    public unsafe Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        cancellationToken.ThrowIfCancellationRequested();
        using var service = OpenService(serviceName, Advapi32.ServiceQueryStatus, "query");
        ServiceStatusProcess native;
        if (!Advapi32.QueryServiceStatusEx(service, Advapi32.ScStatusProcessInfo, &native, (uint)sizeof(ServiceStatusProcess), out _))
        {
            throw ServiceControlErrors.ToException(serviceName, "query", Marshal.GetLastPInvokeError());
        }

        return Task.FromResult(ServiceStatusMapping.ToServiceStatus(serviceName, native));
    }

    /// <inheritdoc />
    public Task StartAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        cancellationToken.ThrowIfCancellationRequested();
        using var service = OpenService(serviceName, Advapi32.ServiceStart, "start");
        if (!Advapi32.StartService(service, 0, 0))
        {
            throw ServiceControlErrors.ToException(serviceName, "start", Marshal.GetLastPInvokeError());
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        cancellationToken.ThrowIfCancellationRequested();
        using var service = OpenService(serviceName, Advapi32.ServiceStop, "stop");
        if (!Advapi32.ControlService(service, Advapi32.ServiceControlStop, out _))
        {
            throw ServiceControlErrors.ToException(serviceName, "stop", Marshal.GetLastPInvokeError());
        }

        return Task.CompletedTask;
    }

    private static SafeServiceHandle OpenService(string serviceName, uint access, string operation)
    {
        using var manager = Advapi32.OpenSCManager(null, null, Advapi32.ScManagerConnect);
        if (manager.IsInvalid)
        {
            throw ServiceControlErrors.ToException(serviceName, operation, Marshal.GetLastPInvokeError());
        }

        // The service handle stays valid after the manager handle is closed.
        var service = Advapi32.OpenService(manager, serviceName, access);
        if (service.IsInvalid)
        {
            var error = Marshal.GetLastPInvokeError();
            service.Dispose();
            throw ServiceControlErrors.ToException(serviceName, operation, error);
        }

        return service;
    }

    // The SCM keeps each service's configuration under HKLM\SYSTEM\CurrentControlSet\Services\<name>.
    private ServiceConfiguration ReadConfiguration(string name, string displayName)
    {
        var key = ExchangeRegistry.ServicesKey + @"\" + name;
        var imagePath = _registry.GetValue(key, "ImagePath")?.Text ?? "";
        var dependOn = _registry.GetValue(key, "DependOnService") is { Kind: Core.Platform.RegistryValueKind.MultiSz, Lines: { } lines }
            ? lines
            : [];
        var start = _registry.GetValue(key, "Start")?.Number is uint n && n <= (uint)ServiceStartMode.Disabled
            ? (ServiceStartMode)n
            : ServiceStartMode.Manual;
        return new ServiceConfiguration(name, displayName, imagePath, dependOn, start);
    }
}
