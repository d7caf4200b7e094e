namespace Patcher.Lab.Scm;

/// <summary>How a lab service's process ended (the <c>exitReason</c> of its record).</summary>
public static class LabExitReason
{
    /// <summary>It exited after a stop request: Win32 exit code 0 (or 1066 with the process's non-zero exit code).</summary>
    public const string Stopped = "stopped";

    /// <summary>It exited unasked, running or start-pending: Win32 exit code 1067 and event 7034.</summary>
    public const string TerminatedUnexpectedly = "terminated-unexpectedly";

    /// <summary>It was killed on request (the agent's escalation of a stop that did not complete): exit code 0, no event.</summary>
    public const string Killed = "killed";

    /// <summary>Its process could not be started at all.</summary>
    public const string FailedToStart = "failed-to-start";
}
