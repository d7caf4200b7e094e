namespace Patcher.Core.Verification;

/// <summary>How one recovery check came out.</summary>
public enum RecoveryCheckState
{
    /// <summary>It held.</summary>
    Held,

    /// <summary>It failed: the MTA is not recovered.</summary>
    Failed,

    /// <summary>It could not be observed.</summary>
    Unknown,
}
