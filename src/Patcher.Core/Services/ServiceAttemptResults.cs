namespace Patcher.Core.Services;

/// <summary>The stable kebab-case results of one <see cref="ServiceAttempt"/>.</summary>
public static class ServiceAttemptResults
{
    /// <summary>A start attempt that reached Running.</summary>
    public const string Running = "running";

    /// <summary>A start attempt that reached Stopped instead (the exit code says why: 1067 after a crash).</summary>
    public const string Crashed = "crashed";

    /// <summary>An attempt that did not reach its state within its timeout.</summary>
    public const string TimedOut = "timed-out";

    /// <summary>The SCM refused the request; the Win32 error is the attempt's exit code.</summary>
    public const string Refused = "refused";

    /// <summary>A stop or kill that reached Stopped.</summary>
    public const string Stopped = "stopped";
}
