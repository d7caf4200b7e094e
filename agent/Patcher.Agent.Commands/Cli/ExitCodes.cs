using Patcher.Core.Reporting;

namespace Patcher.Agent.Cli;

/// <summary>
/// The one exit-code scheme of every command (README, "Exit codes"): a code means the same thing whichever command
/// returns it, so a scheduler reads <c>check</c>, <c>run</c>, <c>apply</c> and <c>report</c> alike. 0 to 3 say how the
/// command went; 10 and up say what was found on a host (or, for <c>report</c>, the worst host), the higher the worse
/// up to 14.
/// </summary>
public static class ExitCodes
{
    /// <summary>Done, and nothing needs attention: valid APDU, NDR written, package verified, host compliant or recovered.</summary>
    public const int Success = 0;

    /// <summary><c>decode</c>: the engine rejected the APDU.</summary>
    public const int Rejected = 1;

    /// <summary><c>ndr</c>: the file holds a valid APDU, so no NDR is owed and nothing was written.</summary>
    public const int NoNdrOwed = 1;

    /// <summary>
    /// Refused before anything was touched: a package (signature, signer, content, applicability, an unsafe target), or
    /// nothing to roll back, or a damaged backup.
    /// </summary>
    public const int Refused = 1;

    /// <summary>
    /// The command could not do its job: usage error (unknown option, missing argument, bad value), I/O error, no host to
    /// work on, another run busy.
    /// </summary>
    public const int Error = 2;

    /// <summary><c>report</c>: the folder holds no host report at all; nothing to judge.</summary>
    public const int NoReports = 3;

    /// <summary>Patched, but recovery is not proven (verification said unknown).</summary>
    public const int PatchedNotVerified = 10;

    /// <summary>The MTA lacks the fix (a scan-only run, or <c>check</c>).</summary>
    public const int Vulnerable = 11;

    /// <summary>The patch was rolled back (apply failed midway, or recovery failed): the originals run again.</summary>
    public const int RolledBack = 12;

    /// <summary>The host's state could not be established: a run ended in error, a verdict was indeterminate.</summary>
    public const int Indeterminate = 13;

    /// <summary>Failed, needs the operator: the MTA may be down (a rollback or undo failed, a service was left stopped, not recovered).</summary>
    public const int Failed = 14;

    /// <summary><c>check</c>: an installation's fix files disagree.</summary>
    public const int HalfPatched = 15;

    /// <summary><c>check</c>: an MTA is hung, stopped with 1067, stopped, or has no service.</summary>
    public const int Unhealthy = 16;

    /// <summary>
    /// <c>rollback</c>: the rollback failed midway (a file could not be restored) and was undone: every file is the patched
    /// one again and the services it stopped run again; nothing was rolled back.
    /// </summary>
    public const int RollbackUndone = 17;

    /// <summary>
    /// <c>apply</c>, <c>rollback</c>: an undo or rollback left services stopped (files it could not make consistent, a
    /// journal it could not write, a service that did not start): the message names them and why (AP019, event 1061).
    /// </summary>
    public const int ServicesLeftStopped = 18;

    /// <summary>
    /// <c>check</c>: the files carry the fix, but the running MTA does not run them (it loaded another copy or other
    /// files: <c>running-the-fix</c> failed). Restart it from the installed files, or remove the copy it loads first.
    /// </summary>
    public const int FixNotRunning = 19;

    /// <summary>
    /// <c>run</c>, the service, <c>report</c>'s worst host: held by its rollout ring's gate (closed, missing or unreadable
    /// on the report share): the fix is missing and nothing was changed; the next scheduled run tries again (event 1064).
    /// </summary>
    public const int Held = 20;

    /// <summary>The code a host's run outcome earns (<c>run</c>, <c>apply</c>, <c>rollback</c>, the service, <c>report</c>'s worst host).</summary>
    public static int For(HostOutcome outcome) => outcome switch
    {
        HostOutcome.Failed => Failed,
        HostOutcome.Error => Indeterminate,
        HostOutcome.RolledBack => RolledBack,
        HostOutcome.Vulnerable => Vulnerable,
        HostOutcome.PatchedNotVerified => PatchedNotVerified,
        HostOutcome.Held => Held,
        _ => Success,
    };
}
