namespace Patcher.Core.Services;

/// <summary>What stopping or starting one service came to.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Action"><c>stop</c> or <c>start</c>.</param>
/// <param name="Verdict">One of <see cref="ServiceVerdicts"/>.</param>
/// <param name="StateBefore">Its state when recorded before the stop (<c>Running</c>, <c>Stopped</c>...), null when unknown.</param>
/// <param name="StateAfter">Its state at the end.</param>
/// <param name="Win32ExitCode">Its Win32 exit code at the end (1067 after a crash).</param>
/// <param name="StartedAt">When the orchestrator began with it.</param>
/// <param name="Duration">How long it took, backoff included.</param>
/// <param name="Attempts">Every request made, in order (empty when nothing was asked).</param>
/// <param name="Detail">Why, for a human.</param>
public sealed record ServiceOutcome(
    string Name,
    string Action,
    string Verdict,
    string? StateBefore,
    string StateAfter,
    int Win32ExitCode,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<ServiceAttempt> Attempts,
    string? Detail)
{
    /// <summary>Whether the service ended where it was asked to be (stopped for a stop; as before for a start).</summary>
    public bool Succeeded => Verdict is ServiceVerdicts.Stopped or ServiceVerdicts.AlreadyStopped or ServiceVerdicts.Killed
        or ServiceVerdicts.Running or ServiceVerdicts.AlreadyRunning or ServiceVerdicts.LeftStopped or ServiceVerdicts.NotInstalled;
}
