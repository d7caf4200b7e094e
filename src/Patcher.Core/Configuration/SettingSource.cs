namespace Patcher.Core.Configuration;

/// <summary>Where a setting's effective value came from, in rising precedence.</summary>
public enum SettingSource
{
    /// <summary>The built-in default.</summary>
    Default = 0,

    /// <summary><c>patcher.settings.json</c> beside the agent.</summary>
    File = 1,

    /// <summary><c>HKLM\Software\Patcher\Agent</c>, written by the MSI from its public properties.</summary>
    AgentKey = 2,

    /// <summary><c>HKLM\Software\Policies\Patcher\Agent</c>, written by Group Policy (the ADMX templates).</summary>
    Policy = 3,
}
