namespace Patcher.Core.Reporting;

/// <summary>The names of the checks a <see cref="VerificationRound"/> reports (ARCHITECTURE.md, Verify).</summary>
public static class VerificationCheckNames
{
    /// <summary>The MTA stayed running through the stability window.</summary>
    public const string RunningThroughStabilityWindow = "running-through-stability-window";

    /// <summary>The MTA's Win32 exit code is not 1067 (ERROR_PROCESS_ABORTED, KB Q248732's crash).</summary>
    public const string ExitCodeNot1067 = "exit-code-not-1067";

    /// <summary>No SCM 7031/7034 event about the MTA since the restart.</summary>
    public const string NoScm7031Or7034SinceRestart = "no-scm-7031-7034-since-restart";

    /// <summary>The queue made progress.</summary>
    public const string QueueProgress = "queue-progress";

    /// <summary>Each poison message present before was rejected with an NDR, diagnostic invalid-arguments (11).</summary>
    public const string PoisonRejectedWithNdr = "poison-rejected-with-ndr";

    /// <summary>The running MTA loaded the fix files from where they are installed, with the installed hash, carrying the fix (issue 15).</summary>
    public const string RunningTheFix = "running-the-fix";
}
