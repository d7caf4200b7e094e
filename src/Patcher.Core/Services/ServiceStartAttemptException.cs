namespace Patcher.Core.Services;

/// <summary>A start attempt failed: the service crashed during its start, or the SCM refused. Internal to the start pipeline.</summary>
internal sealed class ServiceStartAttemptException : Exception
{
    public ServiceStartAttemptException(string result, int win32Code, bool retryable, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Result = result;
        Win32Code = win32Code;
        Retryable = retryable;
    }

    /// <summary><see cref="ServiceAttemptResults.Crashed"/> or <see cref="ServiceAttemptResults.Refused"/>.</summary>
    public string Result { get; }

    public int Win32Code { get; }

    public bool Retryable { get; }

    /// <summary>Whether the service reached Stopped during its start: what the breaker counts.</summary>
    public bool Crashed => Result == ServiceAttemptResults.Crashed;
}
