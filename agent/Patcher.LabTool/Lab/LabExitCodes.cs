namespace Patcher.LabTool.Lab;

/// <summary>The exit codes of the <c>patcher-lab lab</c> commands (documented in Lab/README.md).</summary>
internal static class LabExitCodes
{
    /// <summary>Done: the lab or host was created, every service reached the state asked for, or the status was printed.</summary>
    public const int Success = 0;

    /// <summary><c>lab start</c>/<c>lab stop</c>: at least one service did not reach running/stopped (each is reported).</summary>
    public const int ServicesFailed = 1;

    /// <summary>Usage error, invalid argument (bad version, K &gt; N, existing host, not a lab), or a daemon that would not start.</summary>
    public const int Error = 2;
}
