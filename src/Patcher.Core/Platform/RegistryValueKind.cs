namespace Patcher.Core.Platform;

/// <summary>The registry value types the agent reads and writes.</summary>
public enum RegistryValueKind
{
    /// <summary>REG_SZ.</summary>
    Sz = 1,

    /// <summary>REG_EXPAND_SZ.</summary>
    ExpandSz = 2,

    /// <summary>REG_DWORD.</summary>
    DWord = 4,

    /// <summary>REG_MULTI_SZ.</summary>
    MultiSz = 7,
}
