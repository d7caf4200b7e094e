namespace Patcher.Core.Platform;

/// <summary>ERROR_SERVICE_DOES_NOT_EXIST (1060): no service has that name.</summary>
public sealed class ServiceNotFoundException : ServiceControlException
{
    /// <summary>ERROR_SERVICE_DOES_NOT_EXIST.</summary>
    public const int ServiceDoesNotExist = 1060;

    /// <summary>Creates the exception.</summary>
    public ServiceNotFoundException(string serviceName, Exception? innerException = null)
        : base(serviceName, ServiceDoesNotExist, $"The service {serviceName} does not exist on this host (Win32 error 1060).", innerException)
    {
    }
}
