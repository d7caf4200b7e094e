namespace Patcher.Core.Reporting;

/// <summary>The names of <see cref="ReportedAction"/>s, in the order a run does them (other names may be added).</summary>
public static class ReportActions
{
    /// <summary>Discovery of the MTA installations.</summary>
    public const string Discover = "discover";

    /// <summary>Assessment against the fix baseline.</summary>
    public const string Assess = "assess";

    /// <summary>Verification of the package's signature and hashes.</summary>
    public const string VerifyPackage = "verify-package";

    /// <summary>Payload copied next to its targets (same volume).</summary>
    public const string Stage = "stage";

    /// <summary>A service stopped (the detail names it).</summary>
    public const string StopService = "stop-service";

    /// <summary>Files about to be replaced copied aside, with hashes.</summary>
    public const string Backup = "backup";

    /// <summary>The payload renamed into place.</summary>
    public const string Swap = "swap";

    /// <summary>A service started (the detail names it; attempts are in <c>restartAttempts</c>).</summary>
    public const string StartService = "start-service";

    /// <summary>Recovery verification.</summary>
    public const string Verify = "verify";

    /// <summary>The originals restored after a failed verification.</summary>
    public const string Rollback = "rollback";
}
