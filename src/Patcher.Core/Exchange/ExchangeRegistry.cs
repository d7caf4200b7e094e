namespace Patcher.Core.Exchange;

/// <summary>Where Exchange 5.5 records an installation in the registry (DOMAIN.md).</summary>
public static class ExchangeRegistry
{
    /// <summary>The setup key: <c>Services</c> (install root) and <c>NewestBuild</c> (service-pack build).</summary>
    public const string SetupKey = @"HKLM\SOFTWARE\Microsoft\Exchange\Setup";

    /// <summary>REG_SZ: the install root, default <c>C:\EXCHSRVR</c>.</summary>
    public const string ServicesValue = "Services";

    /// <summary>REG_DWORD: the service-pack build, e.g. 2653. KB Q278518: hotfixes do not update it.</summary>
    public const string NewestBuildValue = "NewestBuild";

    /// <summary>The services key: one subkey per service.</summary>
    public const string ServicesKey = @"HKLM\SYSTEM\CurrentControlSet\Services";

    /// <summary>The MTA service key: <c>ImagePath</c>, <c>DependOnService</c>, <c>Parameters</c>.</summary>
    public const string MtaServiceKey = ServicesKey + @"\" + ExchangeServices.MessageTransferAgent;

    /// <summary>The MTA's parameters key.</summary>
    public const string MtaParametersKey = MtaServiceKey + @"\Parameters";

    /// <summary>REG_SZ under Parameters: the <c>mtadata</c> folder with <c>DB*.DAT</c>.</summary>
    public const string MtaDatabasePathValue = "MTA database path";

    /// <summary>REG_SZ under Parameters: the MTA's run directory.</summary>
    public const string MtaRunDirectoryValue = "MTA Run Directory";
}
