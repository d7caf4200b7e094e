namespace Patcher.Core.Reporting;

/// <summary>What the run was allowed to do.</summary>
public enum RunMode
{
    /// <summary><c>apply</c>: discover, assess, apply where needed, restart, verify.</summary>
    Apply,

    /// <summary><c>scan-only</c>: discover and assess; nothing on the host is changed.</summary>
    ScanOnly,
}
