namespace Patcher.Core.Platform;

/// <summary>A service's start type, numbered as the registry's <c>Start</c> value.</summary>
public enum ServiceStartMode
{
    /// <summary>SERVICE_BOOT_START.</summary>
    Boot = 0,

    /// <summary>SERVICE_SYSTEM_START.</summary>
    System = 1,

    /// <summary>SERVICE_AUTO_START.</summary>
    Automatic = 2,

    /// <summary>SERVICE_DEMAND_START.</summary>
    Manual = 3,

    /// <summary>SERVICE_DISABLED.</summary>
    Disabled = 4,
}
