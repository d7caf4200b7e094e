namespace Patcher.Core.Platform;

/// <summary>A service's state, numbered as <c>SERVICE_STATUS.dwCurrentState</c>.</summary>
public enum ServiceState
{
    /// <summary>SERVICE_STOPPED.</summary>
    Stopped = 1,

    /// <summary>SERVICE_START_PENDING.</summary>
    StartPending = 2,

    /// <summary>SERVICE_STOP_PENDING.</summary>
    StopPending = 3,

    /// <summary>SERVICE_RUNNING.</summary>
    Running = 4,

    /// <summary>SERVICE_CONTINUE_PENDING.</summary>
    ContinuePending = 5,

    /// <summary>SERVICE_PAUSE_PENDING.</summary>
    PausePending = 6,

    /// <summary>SERVICE_PAUSED.</summary>
    Paused = 7,
}
