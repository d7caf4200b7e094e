namespace Patcher.Core.Services;

/// <summary>
/// How services are stopped and started around a hotfix: per-attempt start timeout, retries with exponential backoff and
/// jitter, a breaker for a service that keeps crashing, the stop timeout and its escalation. Defaults suit an Exchange 5.5
/// MTA, which can take minutes to stop and very long to start after an unclean stop (it runs MTACHECK first).
/// Validated up front by <see cref="Validate"/>; <see cref="ServiceOrchestrator"/> refuses an invalid policy.
/// </summary>
public sealed partial record ServiceRestartPolicy
{
    /// <summary>
    /// How long a service may take to come back, every attempt and backoff delay included, before the agent gives up on it
    /// (and a run rolls back): 2 minutes. It bounds how long the MTA and its dependents stay down on a host whose MTA will
    /// not start (issue 10: the old defaults kept them down for more than eight minutes). A site whose MTA needs longer
    /// after an unclean stop (MTACHECK over a large queue) raises it with the RestartStartBudgetSeconds setting.
    /// Range 1 s to 24 h, and at least <see cref="StartAttemptTimeout"/>.
    /// </summary>
    public TimeSpan StartBudget { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one start attempt may take to reach Running: 90 seconds. Range 1 s to 24 h, at most <see cref="StartBudget"/>.</summary>
    public TimeSpan StartAttemptTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How many times a failed start is tried again, within <see cref="StartBudget"/>: 4 (so at most 5 attempts). Range 0 to 20.</summary>
    public int MaxStartRetries { get; init; } = 4;

    /// <summary>The delay before the first retry: 5 seconds; each later retry doubles it. Range 0 to 1 h.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest delay between two attempts, jitter included: 30 seconds. Range <see cref="RetryBaseDelay"/> to 24 h.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How much each delay is varied at random, as a fraction of it: 0.25 (±25 %), so hosts restarted together do not
    /// retry in step. Range 0 (no jitter) to 1.
    /// </summary>
    public double RetryJitterRatio { get; init; } = 0.25;

    /// <summary>
    /// After how many crashed starts in a row (the service reached Stopped during its start, typically with 1067) the
    /// breaker opens and the restart ends as <c>circuit-open</c>: 3. KB Q248732: an MTA that dies at start keeps dying while
    /// the poison message is queued, so retrying it further only prolongs the outage; a slow start (a timed-out attempt)
    /// still gets every retry. Range 2 to 100; a value above <see cref="MaxStartRetries"/> + 1 disables the breaker.
    /// </summary>
    public int CrashesBeforeBreak { get; init; } = 3;

    /// <summary>How long a stop may take to reach Stopped before it is escalated: 5 minutes (stopping the MTA can take minutes). Range 1 s to 24 h.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>What to do with a stop that did not complete in time: <see cref="Services.StopEscalation.None"/> (report and leave it).</summary>
    public StopEscalation StopEscalation { get; init; } = StopEscalation.None;

    /// <summary>How long a killed service may take to reach Stopped: 1 minute. Range 1 s to 1 h.</summary>
    public TimeSpan KillTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often a service's state is queried while waiting: 100 ms. The MTA is down from its stop until its start is
    /// issued, and the start waits for the poll that sees the stop: half an interval on average, added to the MTA's own
    /// stop + start of a few seconds (issue 13: at most 1.1×). <c>ServiceController.WaitForStatus</c>'s 250 ms would be
    /// some 5 % of that on its own; a query is a cheap local call. Range 10 ms to 1 min, and below every timeout.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);
}
