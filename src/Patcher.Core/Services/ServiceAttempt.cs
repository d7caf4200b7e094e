namespace Patcher.Core.Services;

/// <summary>One request to the SCM and the wait after it.</summary>
/// <param name="Number">1 for the first attempt of its kind, then 2, 3...</param>
/// <param name="Action"><c>start</c>, <c>stop</c> or <c>kill</c>.</param>
/// <param name="StartedAt">When the request was made (after <paramref name="DelayBefore"/>).</param>
/// <param name="Duration">How long the request and the wait took.</param>
/// <param name="DelayBefore">The backoff waited before this attempt (zero for the first).</param>
/// <param name="Result">One of <see cref="ServiceAttemptResults"/>.</param>
/// <param name="StateAfter">The service's state when the attempt ended (<c>Running</c>, <c>Stopped</c>, <c>StartPending</c>...).</param>
/// <param name="Win32Code">The service's Win32 exit code (1067 after a crash), or the SCM's Win32 error when refused; 0 otherwise.</param>
/// <param name="Detail">What happened, for a human.</param>
public sealed record ServiceAttempt(
    int Number,
    string Action,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    TimeSpan DelayBefore,
    string Result,
    string StateAfter,
    int Win32Code,
    string? Detail);
