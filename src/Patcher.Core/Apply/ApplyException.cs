namespace Patcher.Core.Apply;

/// <summary>
/// Apply, rollback or recovery could not do what was asked; <see cref="Code"/> is a stable code to search for (<c>AP0xx</c>,
/// or a package applicability code such as <c>PKG041</c>) and the message says what to do.
/// </summary>
public sealed class ApplyException : Exception
{
    /// <summary>No MTA installation on the host to apply to.</summary>
    public const string NoInstallation = "AP001";

    /// <summary>Several MTA installations on the host: which one is meant is not decided by guessing.</summary>
    public const string SeveralInstallations = "AP002";

    /// <summary>The installation's EMSMTA.EXE version cannot be read, so applicability cannot be decided.</summary>
    public const string VersionUnknown = "AP003";

    /// <summary>A payload target lies in the MTA's queue database (<c>mtadata</c>), which apply never touches.</summary>
    public const string TargetInQueueDatabase = "AP004";

    /// <summary>A payload target escapes the installation (<c>..</c>, rooted, a drive, an alternate stream) or lies in Patcher's state folder.</summary>
    public const string TargetOutsideInstallation = "AP005";

    /// <summary>The package is a lab package (<c>labOnly</c>, stand-in binaries), never for a production server.</summary>
    public const string LabOnlyPackage = "AP006";

    /// <summary>A payload file is not what the manifest declares: its own version resource or PE machine differs, or it is no PE image.</summary>
    public const string PayloadNotAsDeclared = "AP007";

    /// <summary>A payload file is older than the file it would replace, and downgrades are not allowed.</summary>
    public const string Downgrade = "AP008";

    /// <summary>The package has no build for the machine (i386, alpha) of the installed EMSMTA.EXE.</summary>
    public const string NoBuildForMachine = "AP009";

    /// <summary>The apply failed midway and was rolled back: every file is original again and services are as they were.</summary>
    public const string RolledBack = "AP010";

    /// <summary>There is no completed apply to roll back.</summary>
    public const string NothingToRollBack = "AP011";

    /// <summary>A backup or staged copy does not have the hash it must have.</summary>
    public const string HashMismatch = "AP012";

    /// <summary>A service did not reach the state asked for within its timeout, or the SCM refused.</summary>
    public const string ServiceControlFailed = "AP013";

    /// <summary>The journal cannot be read: the host's state must be checked by hand.</summary>
    public const string JournalUnreadable = "AP014";

    /// <summary>Another Patcher run holds the installation's lock.</summary>
    public const string Busy = "AP015";

    /// <summary>Undoing or finishing an interrupted operation failed: the journal is kept, the next run tries again.</summary>
    public const string RecoveryFailed = "AP016";

    /// <summary>A target changed between the plan and the apply.</summary>
    public const string HostChanged = "AP017";

    /// <summary>
    /// Patcher's state folder grants write or delete to someone other than SYSTEM and Administrators (Windows), or to its
    /// group or others (lab): its journal and backups are not trusted and nothing is done.
    /// </summary>
    public const string StateFolderNotTrusted = "AP018";

    /// <summary>An undo or rollback failed and services it stopped are still stopped: the message names them and why.</summary>
    public const string ServicesLeftStopped = "AP019";

    /// <summary>A rollback failed midway and was undone: the patched files are back, nothing was rolled back.</summary>
    public const string RollbackUndone = "AP020";

    /// <summary>Creates the exception; the message starts with the code.</summary>
    public ApplyException(string code, string detail, Exception? innerException = null)
        : base($"{code}: {detail}", innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>Whether the request was refused before anything was touched (applicability, unsafe targets).</summary>
    public bool IsRefusal => Code is VersionUnknown or TargetInQueueDatabase or TargetOutsideInstallation or NothingToRollBack
        or LabOnlyPackage or PayloadNotAsDeclared or Downgrade or NoBuildForMachine
        || Code.StartsWith("PKG", StringComparison.Ordinal);
}
