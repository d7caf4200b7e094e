using System.ComponentModel;
using System.Globalization;
using Patcher.Core.Platform;

namespace Patcher.Windows.Services;

/// <summary>Turns a Win32 error from the service control manager into the exception the agent handles, with what to do about it.</summary>
internal static class ServiceControlErrors
{
    /// <summary>ERROR_ACCESS_DENIED.</summary>
    public const int AccessDenied = 5;

    /// <summary>ERROR_INVALID_NAME.</summary>
    public const int InvalidName = 123;

    /// <summary>ERROR_DEPENDENT_SERVICES_RUNNING.</summary>
    public const int DependentServicesRunning = 1051;

    /// <summary>ERROR_SERVICE_REQUEST_TIMEOUT.</summary>
    public const int ServiceRequestTimeout = 1053;

    /// <summary>ERROR_SERVICE_ALREADY_RUNNING.</summary>
    public const int ServiceAlreadyRunning = 1056;

    /// <summary>ERROR_SERVICE_DISABLED.</summary>
    public const int ServiceDisabled = 1058;

    /// <summary>ERROR_SERVICE_CANNOT_ACCEPT_CTRL.</summary>
    public const int ServiceCannotAcceptControl = 1061;

    /// <summary>ERROR_SERVICE_NOT_ACTIVE.</summary>
    public const int ServiceNotActive = 1062;

    /// <summary>ERROR_SERVICE_DEPENDENCY_FAIL.</summary>
    public const int ServiceDependencyFail = 1068;

    /// <summary>ERROR_SERVICE_LOGON_FAILED.</summary>
    public const int ServiceLogonFailed = 1069;

    /// <summary>ERROR_SERVICE_MARKED_FOR_DELETE.</summary>
    public const int ServiceMarkedForDelete = 1072;

    /// <summary>ERROR_SHUTDOWN_IN_PROGRESS.</summary>
    public const int ShutdownInProgress = 1115;

    /// <summary>
    /// The exception for <paramref name="win32Error"/> raised while doing <paramref name="operation"/> (e.g. "start") to
    /// <paramref name="serviceName"/>. 1060 is <see cref="ServiceNotFoundException"/>; everything else a
    /// <see cref="ServiceControlException"/>; both keep a <see cref="Win32Exception"/> as the inner exception.
    /// </summary>
    public static ServiceControlException ToException(string serviceName, string operation, int win32Error)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        ArgumentNullException.ThrowIfNull(operation);
        var inner = new Win32Exception(win32Error);
        if (win32Error == ServiceNotFoundException.ServiceDoesNotExist)
        {
            return new ServiceNotFoundException(serviceName, inner);
        }

        var what = string.Create(CultureInfo.InvariantCulture, $"Could not {operation} the service {serviceName} (Win32 error {win32Error})");
        var advice = win32Error switch
        {
            AccessDenied => "access is denied. Run the agent elevated (as an administrator, or as the LocalSystem service).",
            InvalidName => "the name is not a valid service name. Check the service name (e.g. MSExchangeMTA).",
            DependentServicesRunning => "services that depend on it are running. Stop its dependents first (for the MTA: MSExchangeDX, MSExchangeIMC).",
            ServiceRequestTimeout => "the service did not answer the request in time. Query its status; if it stays pending, look for a hung process in Task Manager.",
            ServiceAlreadyRunning => "it is already running. Nothing to start; query its status.",
            ServiceDisabled => "it is disabled. Set its start type to Automatic or Manual (services.msc or `sc config`) before starting it.",
            ServiceCannotAcceptControl => "it cannot accept the request in its current state (a start or stop is pending). Query its status and try again once it settles.",
            ServiceNotActive => "it is not running. Nothing to stop; query its status.",
            ServiceDependencyFail => "a service it depends on could not start. Start its dependencies first (for the MTA: MSExchangeSA, then MSExchangeDS) and read the System event log.",
            ServiceLogonFailed => "the service's account could not log on. Check the account and password configured for the service.",
            ServiceMarkedForDelete => "it has been marked for deletion. Close every program holding it (services.msc, the registry editor) or restart the host.",
            ShutdownInProgress => "the host is shutting down. Try again after it restarts.",
            _ => $"{inner.Message.TrimEnd('.')}. Read the System event log for the service control manager's account of it.",
        };
        return new ServiceControlException(serviceName, win32Error, $"{what}: {advice}", inner);
    }
}
