namespace Patcher.Agent.Cli;

/// <summary>
/// The exit codes every <c>patcher</c> command returns, for scripts and schedulers (documented in the agent README).
/// </summary>
internal static class ExitCodes
{
    /// <summary><c>decode</c>: the file holds a valid APDU. <c>ndr</c>: the NDR was written. Help and version.</summary>
    public const int Success = 0;

    /// <summary><c>decode</c>: the engine rejected the APDU.</summary>
    public const int Rejected = 1;

    /// <summary><c>ndr</c>: the file holds a valid APDU, so no NDR is owed and nothing was written.</summary>
    public const int NoNdrOwed = 1;

    /// <summary>
    /// Usage error (unknown option, missing argument, bad value), I/O error (missing, unreadable or oversized file,
    /// existing output), or a request that cannot be met (an NDR for a report, a probe, or a message too broken to address).
    /// </summary>
    public const int Error = 2;
}
