namespace Patcher.Core.Reporting;

/// <summary>How one start attempt of a service ended.</summary>
public enum RestartResult
{
    /// <summary><c>running</c>: the SCM reported the service running.</summary>
    Running,

    /// <summary><c>failed</c>: the service stopped (the attempt carries its Win32 exit code, e.g. 1067).</summary>
    Failed,

    /// <summary><c>timed-out</c>: the attempt's timeout passed before the service was running.</summary>
    TimedOut,

    /// <summary><c>circuit-open</c>: the circuit breaker ended the attempts; the service never came up.</summary>
    CircuitOpen,
}
