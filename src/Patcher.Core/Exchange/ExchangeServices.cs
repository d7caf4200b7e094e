namespace Patcher.Core.Exchange;

/// <summary>The Exchange 5.5 services and how they depend on each other (KB Q143380).</summary>
public static class ExchangeServices
{
    /// <summary>System Attendant: everything depends on it.</summary>
    public const string SystemAttendant = "MSExchangeSA";

    /// <summary>Directory: depends on the System Attendant.</summary>
    public const string Directory = "MSExchangeDS";

    /// <summary>Message Transfer Agent (<c>EMSMTA.EXE</c>): depends on the Directory.</summary>
    public const string MessageTransferAgent = "MSExchangeMTA";

    /// <summary>Information Store: depends on the Directory.</summary>
    public const string InformationStore = "MSExchangeIS";

    /// <summary>Directory Synchronization: depends on the MTA.</summary>
    public const string DirectorySynchronization = "MSExchangeDX";

    /// <summary>Internet Mail Connector: depends on the MTA.</summary>
    public const string InternetMailConnector = "MSExchangeIMC";

    /// <summary>The MTA's image file name.</summary>
    public const string MtaImageName = "EMSMTA.EXE";
}
