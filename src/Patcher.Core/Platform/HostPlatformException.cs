namespace Patcher.Core.Platform;

/// <summary>
/// The host's platform cannot serve a request (a lab host's files or its service control manager, say): an outcome the
/// commands report in one line, not a bug. Platforms derive their own exception, with a stable code, from it.
/// </summary>
public abstract class HostPlatformException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected HostPlatformException(string code, string message, Exception? innerException = null)
        : base($"{code}: {message}", innerException)
    {
        Code = code;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }
}
