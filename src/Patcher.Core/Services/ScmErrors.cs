namespace Patcher.Core.Services;

/// <summary>The Win32 errors of the SCM that the orchestrator treats specially.</summary>
internal static class ScmErrors
{
    /// <summary>ERROR_SERVICE_REQUEST_TIMEOUT: the service did not answer the start in time; worth another attempt.</summary>
    public const int RequestTimeout = 1053;

    /// <summary>ERROR_SERVICE_ALREADY_RUNNING: a start that finds it started counts as started.</summary>
    public const int AlreadyRunning = 1056;

    /// <summary>ERROR_SERVICE_CANNOT_ACCEPT_CTRL: it is start- or stop-pending; wait, or try again.</summary>
    public const int CannotAcceptControl = 1061;

    /// <summary>ERROR_SERVICE_NOT_ACTIVE: a stop (or kill) that finds it stopped counts as stopped.</summary>
    public const int NotActive = 1062;
}
