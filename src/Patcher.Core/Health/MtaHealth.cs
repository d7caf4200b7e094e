using Patcher.Core.Platform;

namespace Patcher.Core.Health;

/// <summary>An MTA's health at one moment, with the evidence behind the verdict.</summary>
/// <param name="Verdict">How it is doing.</param>
/// <param name="Reason">Why, in a sentence a human can act on.</param>
/// <param name="ObservedAt">When it was observed (the host's clock).</param>
/// <param name="Status">The SCM's status (state, Win32 exit code, process id); null without a service or when refused.</param>
/// <param name="Queue">The queue's progress; null when it cannot be read.</param>
/// <param name="SinceProgress">How long since the queue last moved (zero when the clock says it moved in the future).</param>
/// <param name="HungAfter">The hung window the verdict used.</param>
/// <param name="ScmEvents">Recent SCM events (7031/7034/7023/7024) about this service, oldest first.</param>
public sealed record MtaHealth(
    HealthVerdict Verdict,
    string Reason,
    DateTimeOffset ObservedAt,
    ServiceStatus? Status,
    QueueProgress? Queue,
    TimeSpan? SinceProgress,
    TimeSpan HungAfter,
    IReadOnlyList<EventLogEntry> ScmEvents);
