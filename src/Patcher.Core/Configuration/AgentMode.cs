namespace Patcher.Core.Configuration;

/// <summary>What the agent does on each run: set by policy (<c>Mode</c>: <c>scan-only</c> or <c>scan-and-apply</c>).</summary>
public enum AgentMode
{
    /// <summary><c>scan-only</c>: discover, assess and report; touch nothing. The default.</summary>
    ScanOnly = 0,

    /// <summary><c>scan-and-apply</c>: also apply the hotfix where it is needed, from a package signed by a trusted signer.</summary>
    ScanAndApply = 1,
}
