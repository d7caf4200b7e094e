namespace Patcher.Core.Platform;

/// <summary>The service control manager refused a request; <see cref="Win32Error"/> says why (e.g. 1056 already running).</summary>
public class ServiceControlException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ServiceControlException(string serviceName, int win32Error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ServiceName = serviceName;
        Win32Error = win32Error;
    }

    /// <summary>The service the request was for.</summary>
    public string ServiceName { get; }

    /// <summary>The Win32 error code (ERROR_SERVICE_ALREADY_RUNNING 1056, ERROR_SERVICE_NOT_ACTIVE 1062, ...).</summary>
    public int Win32Error { get; }
}
