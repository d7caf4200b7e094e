using Patcher.Core.Exchange;

namespace Patcher.Lab.Hosts;

/// <summary>The Exchange 5.5 services a lab host installs, with their images and dependencies (KB Q143380).</summary>
public static class ExchangeServiceLayout
{
    /// <summary>The install root (<c>Exchange\Setup</c> <c>Services</c>).</summary>
    public const string InstallRoot = @"C:\EXCHSRVR";

    /// <summary>The MTA's image.</summary>
    public const string MtaImagePath = InstallRoot + @"\BIN\" + ExchangeServices.MtaImageName;

    /// <summary>The MTA's database and run directory.</summary>
    public const string MtaDataPath = InstallRoot + @"\MTADATA";

    /// <summary>All six services, dependencies first: SA ← DS ← MTA, IS; DX and IMC ← MTA.</summary>
    public static IReadOnlyList<LabServiceDefinition> All { get; } =
    [
        new(ExchangeServices.SystemAttendant, "Microsoft Exchange System Attendant", InstallRoot + @"\BIN\MAD.EXE", []),
        new(ExchangeServices.Directory, "Microsoft Exchange Directory", InstallRoot + @"\BIN\DSAMAIN.EXE", [ExchangeServices.SystemAttendant]),
        new(ExchangeServices.MessageTransferAgent, "Microsoft Exchange Message Transfer Agent", MtaImagePath, [ExchangeServices.Directory]),
        new(ExchangeServices.InformationStore, "Microsoft Exchange Information Store", InstallRoot + @"\BIN\STORE.EXE", [ExchangeServices.Directory]),
        new(ExchangeServices.DirectorySynchronization, "Microsoft Exchange Directory Synchronization", InstallRoot + @"\DXA\BIN\DXA.EXE", [ExchangeServices.MessageTransferAgent]),
        new(ExchangeServices.InternetMailConnector, "Microsoft Exchange Internet Mail Service", InstallRoot + @"\CONNECT\MSEXCIMC\BIN\MSEXCIMC.EXE", [ExchangeServices.MessageTransferAgent]),
    ];

    /// <summary>The services of a host without an MTA: those that do not need it (SA, DS, IS).</summary>
    public static IReadOnlyList<LabServiceDefinition> WithoutMta { get; } =
        All.Where(service => service.Name != ExchangeServices.MessageTransferAgent
            && !service.DependOnService.Contains(ExchangeServices.MessageTransferAgent)).ToArray();

    /// <summary>The other MTA files a fix package touches (DOMAIN.md), stand-ins at the MTA's version.</summary>
    public static IReadOnlyList<string> MtaCompanionFiles { get; } = ["MTAMSG.DLL", "MTAPERF.DLL", "EMS_RID.DLL", "MTACHECK.EXE"];

    /// <summary>The MTA database files a lab host starts with (<c>DBBITMP.DAT</c> missing would mean an unclean stop).</summary>
    public static IReadOnlyList<string> DatabaseFiles { get; } = ["DB000001.DAT", "DB000002.DAT", "DB000003.DAT", "DB000004.DAT", "DBBITMP.DAT"];
}
