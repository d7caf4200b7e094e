namespace Patcher.Core.Services;

/// <summary>The stable kebab-case verdicts of a <see cref="ServiceOutcome"/>, as reports and JSON documents write them.</summary>
public static class ServiceVerdicts
{
    /// <summary>Stop: it was running and reached Stopped within the stop timeout.</summary>
    public const string Stopped = "stopped";

    /// <summary>Stop: it was already stopped; nothing was asked.</summary>
    public const string AlreadyStopped = "already-stopped";

    /// <summary>Stop: it did not stop in time and was killed (<see cref="StopEscalation.Kill"/>); it is stopped now.</summary>
    public const string Killed = "killed";

    /// <summary>Stop: it did not reach Stopped in time (and was not, or could not be, killed). It was left as it is.</summary>
    public const string StopTimedOut = "stop-timed-out";

    /// <summary>Stop: the SCM refused the stop (e.g. 1051, a dependent is active); the Win32 error is in the attempt.</summary>
    public const string StopRefused = "stop-refused";

    /// <summary>Stop: not attempted, because a service earlier in the stop order did not stop.</summary>
    public const string NotStopped = "not-stopped";

    /// <summary>Start: it was started and reached Running.</summary>
    public const string Running = "running";

    /// <summary>Start: it was already running; nothing was asked.</summary>
    public const string AlreadyRunning = "already-running";

    /// <summary>Start: it was not running before the stop, so it is not started (state restored, no more).</summary>
    public const string LeftStopped = "left-stopped";

    /// <summary>Start: every attempt failed (crashed or timed out) and the retries are spent.</summary>
    public const string FailedAfterRetries = "failed-after-retries";

    /// <summary>Start: it crashed <see cref="ServiceRestartPolicy.CrashesBeforeBreak"/> times in a row; the breaker ended the restart.</summary>
    public const string CircuitOpen = "circuit-open";

    /// <summary>Start: the SCM refused the start for a reason retrying cannot change (1058 disabled, 1068 dependency, 2 image missing).</summary>
    public const string StartRefused = "start-refused";

    /// <summary>Start: not attempted, because a service it depends on did not start.</summary>
    public const string DependencyFailed = "dependency-failed";

    /// <summary>Stop or start: the SCM does not know the service (1060).</summary>
    public const string NotInstalled = "not-installed";
}
