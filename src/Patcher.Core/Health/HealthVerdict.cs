namespace Patcher.Core.Health;

/// <summary>How an MTA is doing right now.</summary>
public enum HealthVerdict
{
    /// <summary>Running, and the queue is empty or moving (or its progress cannot be read).</summary>
    Healthy,

    /// <summary>Running, the queue not empty, and no progress for longer than the hung window (KB Q248732's symptom).</summary>
    Hung,

    /// <summary>Stopped with Win32 exit code 1067, ERROR_PROCESS_ABORTED: it crashed (KB Q248732 after a restart).</summary>
    StoppedWith1067,

    /// <summary>Stopped for another reason (by an operator, or with another exit code).</summary>
    Stopped,

    /// <summary>No MTA service is registered with the service control manager.</summary>
    NotInstalled,

    /// <summary>The state cannot be judged: a pending or paused state, or the SCM refused the query.</summary>
    Unknown,
}
