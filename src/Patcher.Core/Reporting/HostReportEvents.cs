using Patcher.Core.Platform;

namespace Patcher.Core.Reporting;

/// <summary>
/// The agent's event ids (source <see cref="Source"/>, Application log), stable for monitoring rules; documented in
/// <c>Reporting/README.md</c>. 1000–1009 open and close a run, 1010–1063 tell what happened in between.
/// </summary>
public static class HostReportEvents
{
    /// <summary>The event source the agent writes under.</summary>
    public const string Source = "Patcher";

    /// <summary>A run started (information).</summary>
    public const int RunStarted = 1000;

    /// <summary>Outcome <c>patched-recovered</c> (information).</summary>
    public const int PatchedRecovered = 1001;

    /// <summary>Outcome <c>rolled-back</c> (warning).</summary>
    public const int RolledBack = 1002;

    /// <summary>Outcome <c>failed</c> (error).</summary>
    public const int Failed = 1003;

    /// <summary>Outcome <c>compliant</c> (information).</summary>
    public const int Compliant = 1004;

    /// <summary>Outcome <c>vulnerable</c> (warning).</summary>
    public const int Vulnerable = 1005;

    /// <summary>Outcome <c>patched-not-verified</c> (warning).</summary>
    public const int PatchedNotVerified = 1006;

    /// <summary>Outcome <c>not-applicable</c> (information).</summary>
    public const int NotApplicable = 1007;

    /// <summary>Outcome <c>no-mta</c> (information).</summary>
    public const int NoMta = 1008;

    /// <summary>Outcome <c>error</c> (error).</summary>
    public const int Error = 1009;

    /// <summary>An action succeeded or was skipped (information).</summary>
    public const int ActionCompleted = 1010;

    /// <summary>An action failed (error).</summary>
    public const int ActionFailed = 1011;

    /// <summary>A file was replaced or restored (information).</summary>
    public const int FileChanged = 1020;

    /// <summary>A start attempt ended with the service running (information).</summary>
    public const int RestartSucceeded = 1030;

    /// <summary>A start attempt failed, timed out or was cut off by the circuit breaker (warning).</summary>
    public const int RestartAttemptFailed = 1031;

    /// <summary>
    /// A service that did not stop within its stop timeout was ended by the agent (stop escalation Kill:
    /// TerminateProcess on the process the SCM names) (warning).
    /// </summary>
    public const int ServiceKilled = 1032;

    /// <summary>A rollback failed midway and was undone: which file could not be restored and why, the services (warning).</summary>
    public const int RollbackUndone = 1060;

    /// <summary>An undo or rollback left services stopped: which, and why (error).</summary>
    public const int ServicesLeftStopped = 1061;

    /// <summary>An undo or rollback could not write its journal and went on without it (error).</summary>
    public const int JournalNotWritten = 1062;

    /// <summary>Patcher's state folder is not trusted (it grants others write or delete): nothing was done (error).</summary>
    public const int StateFolderNotTrusted = 1063;

    /// <summary>
    /// Outcome <c>held</c> (warning): the host's rollout ring's gate did not let it apply; the reason names the ring, the
    /// gate file and why (closed with its figures, missing, unreadable). Numbered after 1009 because 1000–1009 are full.
    /// </summary>
    public const int Held = 1064;

    /// <summary>A verification round proved recovery (information).</summary>
    public const int VerificationHeld = 1040;

    /// <summary>A verification round did not (warning).</summary>
    public const int VerificationFailed = 1041;

    /// <summary>The host report was written (information).</summary>
    public const int ReportWritten = 1050;

    /// <summary>The host report could not be written to the share; the local copy stands (warning).</summary>
    public const int ReportShareFailed = 1051;

    /// <summary>The host report could not be written locally (error).</summary>
    public const int ReportLocalFailed = 1052;

    /// <summary>The event that closes a run with <paramref name="outcome"/>, and its level.</summary>
    public static (int EventId, EventLevel Level) ForOutcome(HostOutcome outcome) => outcome switch
    {
        HostOutcome.PatchedRecovered => (PatchedRecovered, EventLevel.Information),
        HostOutcome.RolledBack => (RolledBack, EventLevel.Warning),
        HostOutcome.Failed => (Failed, EventLevel.Error),
        HostOutcome.Compliant => (Compliant, EventLevel.Information),
        HostOutcome.Vulnerable => (Vulnerable, EventLevel.Warning),
        HostOutcome.PatchedNotVerified => (PatchedNotVerified, EventLevel.Warning),
        HostOutcome.NotApplicable => (NotApplicable, EventLevel.Information),
        HostOutcome.NoMta => (NoMta, EventLevel.Information),
        HostOutcome.Error => (Error, EventLevel.Error),
        HostOutcome.Held => (Held, EventLevel.Warning),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
