namespace Patcher.Agent.Service;

/// <summary>The installed agent's identity, shared with installer/Patcher.Agent.wxs (the installer tests hold them equal).</summary>
internal static class AgentProduct
{
    /// <summary>The Windows service the MSI installs (ServiceInstall/@Name).</summary>
    public const string ServiceName = "PatcherAgent";

    /// <summary>The command line the SCM starts <c>patcher.exe</c> with (ServiceInstall/@Arguments).</summary>
    public const string ServiceCommand = "service";

    /// <summary>The MSI's UpgradeCode: the same for every version, so msi.dll finds the installed product by it.</summary>
    public static readonly Guid UpgradeCode = new("6F0E7E0B-6C47-4E0B-9B8B-3C1B5D7A2E41");
}
