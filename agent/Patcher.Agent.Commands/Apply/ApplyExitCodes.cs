namespace Patcher.Agent.Apply;

/// <summary>The exit codes of <c>patcher apply</c> and <c>patcher rollback</c> (Apply/README.md).</summary>
internal static class ApplyExitCodes
{
    /// <summary>Applied, nothing to do, the plan printed (<c>--what-if</c>), or rolled back.</summary>
    public const int Success = 0;

    /// <summary>Refused before anything was touched: the package (signature, signer, integrity, payload), applicability, an unsafe target, nothing to roll back, a damaged backup.</summary>
    public const int Refused = 1;

    /// <summary>Usage error, no host or installation (or several), an unreadable journal, another run busy, the host unreachable.</summary>
    public const int Error = 2;

    /// <summary>Apply failed midway and was rolled back: every file is original, services are as they were.</summary>
    public const int RolledBack = 3;

    /// <summary>An undo, a rollback or a recovery failed midway: the journal is kept and the next run tries again; check the host.</summary>
    public const int NeedsAttention = 4;
}
