namespace Patcher.Core.Configuration;

/// <summary>Where the agent's settings live.</summary>
public static class AgentSettingsLocations
{
    /// <summary>Written by Group Policy; wins over everything (policy settings belong under <c>Software\Policies</c>).</summary>
    public const string PolicyKey = @"HKLM\Software\Policies\Patcher\Agent";

    /// <summary>Written by the MSI from REPORTSHARE, PACKAGESOURCE, TRUSTEDSIGNERS and MODE.</summary>
    public const string AgentKey = @"HKLM\Software\Patcher\Agent";

    /// <summary>The configuration file's name; it sits beside the agent's executable.</summary>
    public const string FileName = "patcher.settings.json";
}
