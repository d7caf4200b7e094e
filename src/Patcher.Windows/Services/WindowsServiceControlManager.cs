using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.ServiceProcess;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Core.Services;
using Patcher.Windows.Registry;
using ServiceStartMode = Patcher.Core.Platform.ServiceStartMode;

namespace Patcher.Windows.Services;

/// <summary>
/// The Windows service control manager. Start and stop only ask (StartService / ControlService(SERVICE_CONTROL_STOP))
/// and return once the request is accepted: the caller waits on its own <see cref="TimeProvider"/>, never on
/// <c>ServiceController.WaitForStatus</c>, which polls the wall clock (DOMAIN.md). Stop escalation Kill ends a service
/// that will not stop with TerminateProcess on the process QueryServiceStatusEx names, and says so in the event log.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsServiceControlManager : IServiceControlManager, IServiceKiller
{
    /// <summary>The exit code a killed service's process gets: 1 (ERROR_INVALID_FUNCTION), never 1067, which means a crash here.</summary>
    public const uint KilledExitCode = 1;

    private readonly IRegistry _registry;
    private readonly IEventLog? _eventLog;
    private readonly TimeProvider _time;

    /// <summary>Reads service configuration from <paramref name="registry"/> (the <c>Services</c> key) and status from the SCM.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="eventLog">Where a kill is recorded (event 1032); null records nothing.</param>
    /// <param name="time">The clock of those records; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsServiceControlManager(IRegistry registry, IEventLog? eventLog = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        WindowsOnly.Ensure(nameof(WindowsServiceControlManager));
        _registry = registry;
        _eventLog = eventLog;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The process is the one the SCM says runs the service now (<c>dwProcessId</c>); a service already stopped (PID 0) is
    /// left alone. A shared service process (svchost) would end its other services too: Exchange 5.5's services each
    /// run in their own process, and the MTA is the one this exists for.
    /// </remarks>
    public async Task KillAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        var status = await QueryProcessAsync(serviceName, cancellationToken).ConfigureAwait(false);
        if (status.ProcessId == 0)
        {
            return;
        }

        using (var process = Kernel32.OpenProcess(Kernel32.ProcessTerminate, inheritHandle: false, status.ProcessId))
        {
            if (process.IsInvalid || !Kernel32.TerminateProcess(process, KilledExitCode))
            {
                throw ServiceControlErrors.ToException(serviceName, "kill", Marshal.GetLastPInvokeError());
            }
        }

        _eventLog?.Write(new EventLogEntry(
            EventLogEntry.ApplicationLog,
            Core.Reporting.HostReportEvents.Source,
            Core.Reporting.HostReportEvents.ServiceKilled,
            EventLevel.Warning,
            _time.GetUtcNow(),
            $"Patcher ended {serviceName} (process {status.ProcessId}) with TerminateProcess: it did not stop within its stop timeout (stop escalation Kill)."));
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
    public async Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        return ServiceStatusMapping.ToServiceStatus(serviceName, await QueryProcessAsync(serviceName, cancellationToken).ConfigureAwait(false));
    }

    private static unsafe Task<ServiceStatusProcess> QueryProcessAsync(string serviceName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var service = OpenService(serviceName, Advapi32.ServiceQueryStatus, "query");
        ServiceStatusProcess native;
        if (!Advapi32.QueryServiceStatusEx(service, Advapi32.ScStatusProcessInfo, &native, (uint)sizeof(ServiceStatusProcess), out _))
        {
            throw ServiceControlErrors.ToException(serviceName, "query", Marshal.GetLastPInvokeError());
        }

        return Task.FromResult(native);
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
