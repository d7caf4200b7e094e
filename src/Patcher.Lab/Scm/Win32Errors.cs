namespace Patcher.Lab.Scm;

/// <summary>The Win32 error codes the lab service control manager answers with, as the Windows SCM does.</summary>
public static class Win32Errors
{
    /// <summary>ERROR_FILE_NOT_FOUND: the service's image file does not exist.</summary>
    public const int FileNotFound = 2;

    /// <summary>ERROR_DEPENDENT_SERVICES_RUNNING: a stop was refused because a dependent is active.</summary>
    public const int DependentServicesRunning = 1051;

    /// <summary>ERROR_SERVICE_ALREADY_RUNNING: a start was refused because the service is not stopped.</summary>
    public const int ServiceAlreadyRunning = 1056;

    /// <summary>ERROR_SERVICE_DISABLED: the service's <c>Start</c> value is 4.</summary>
    public const int ServiceDisabled = 1058;

    /// <summary>ERROR_SERVICE_DOES_NOT_EXIST.</summary>
    public const int ServiceDoesNotExist = 1060;

    /// <summary>ERROR_SERVICE_CANNOT_ACCEPT_CTRL: the service is start- or stop-pending.</summary>
    public const int ServiceCannotAcceptControl = 1061;

    /// <summary>ERROR_SERVICE_NOT_ACTIVE: a stop was refused because the service is not running.</summary>
    public const int ServiceNotActive = 1062;

    /// <summary>ERROR_PROCESS_ABORTED: the service's process terminated unexpectedly.</summary>
    public const int ProcessAborted = 1067;

    /// <summary>ERROR_SERVICE_DEPENDENCY_FAIL: a start was refused because a dependency is not running.</summary>
    public const int ServiceDependencyFail = 1068;

    /// <summary>RPC_S_SERVER_UNAVAILABLE: what OpenSCManager says of a host whose SCM cannot be reached.</summary>
    public const int RpcServerUnavailable = 1722;
}
