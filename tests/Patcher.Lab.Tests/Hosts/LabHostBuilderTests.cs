using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;
using Patcher.Lab.Files;
using Patcher.Lab.Hosts;
using Patcher.Lab.Registry;
using Patcher.Lab.Scm;
using Patcher.X411.Decoding;

namespace Patcher.Lab.Tests.Hosts;

public sealed class LabHostBuilderTests : IDisposable
{
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Create_Sp3Host_StampsEveryMtaFileAndTheEngineWithTheirVersions()
    {
        var host = _lab.AddHost("sp3", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24") });
        var files = new LabFileSystem(host.DriveC);

        Assert.Equal(FileVersion.Parse("5.5.2650.24"), PeVersionReader.Read(files.ToLocalPath(@"C:\EXCHSRVR\BIN\EMSMTA.EXE")).FileVersion);
        foreach (var companion in ExchangeServiceLayout.MtaCompanionFiles)
        {
            Assert.Equal(FileVersion.Parse("5.5.2650.24"), PeVersionReader.Read(files.ToLocalPath(@"C:\EXCHSRVR\BIN\" + companion)).FileVersion);
        }

        Assert.Equal(FileVersion.Parse("5.5.2650.24"), PeVersionReader.Read(files.ToLocalPath(@"C:\exchsrvr\bin\x400om.dll")).FileVersion);
        Assert.Equal("pre-fix", LabHostDefinition.Load(host).Engine);
    }

    [Fact]
    public void Create_HalfPatchedHost_GivesTheEngineItsOwnVersionAndThePatchedEngine()
    {
        var host = _lab.AddHost("half", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), EngineVersion = FileVersion.Parse("5.5.2651.69") });
        var files = new LabFileSystem(host.DriveC);

        Assert.Equal(FileVersion.Parse("5.5.2650.24"), PeVersionReader.Read(files.ToLocalPath(@"C:\EXCHSRVR\BIN\EMSMTA.EXE")).FileVersion);
        Assert.Equal(FileVersion.Parse("5.5.2651.69"), PeVersionReader.Read(files.ToLocalPath(@"C:\EXCHSRVR\BIN\X400OM.DLL")).FileVersion);
        var definition = LabHostDefinition.Load(host);
        Assert.Equal("fixed", definition.Engine);
        Assert.Equal(2650, definition.NewestBuild);
    }

    [Theory]
    [InlineData("5.5.1960.3", 1960)]
    [InlineData("5.5.2232.18", 2232)]
    [InlineData("5.5.2448.1", 2448)]
    [InlineData("5.5.2650.24", 2650)]
    [InlineData("5.5.2651.69", 2650)]
    [InlineData("5.5.2652.44", 2650)]
    [InlineData("5.5.2653.23", 2653)]
    [InlineData("5.5.2654.89", 2653)]
    [InlineData("5.5.2656.10", 2653)]
    public void Create_WritesTheServicePackBuildAsNewestBuild(string version, uint newestBuild)
    {
        var host = _lab.AddHost("h", new LabHostOptions { Version = FileVersion.Parse(version) });
        var registry = new LabRegistry(host.RegistryFile);

        Assert.Equal(newestBuild, registry.GetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.NewestBuildValue)?.Number);
        Assert.Equal(@"C:\EXCHSRVR", registry.GetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue)?.Text);
    }

    [Fact]
    public void Create_RegistersTheSixServicesWithTheirDependencies()
    {
        var host = _lab.AddHost("h", new LabHostOptions { Version = FileVersion.Parse("5.5.2653.23") });
        var registry = new LabRegistry(host.RegistryFile);
        var services = ServiceRegistry.Read(registry).ToDictionary(s => s.Name);

        Assert.Equal(6, services.Count);
        Assert.Equal([ExchangeServices.Directory], services[ExchangeServices.MessageTransferAgent].DependOnService);
        Assert.Equal([ExchangeServices.SystemAttendant], services[ExchangeServices.Directory].DependOnService);
        Assert.Equal([ExchangeServices.Directory], services[ExchangeServices.InformationStore].DependOnService);
        Assert.Equal([ExchangeServices.MessageTransferAgent], services[ExchangeServices.InternetMailConnector].DependOnService);
        Assert.Equal([ExchangeServices.MessageTransferAgent], services[ExchangeServices.DirectorySynchronization].DependOnService);
        Assert.All(services.Values, s => Assert.Equal(ServiceStartMode.Automatic, s.StartMode));
        Assert.Equal(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", services[ExchangeServices.MessageTransferAgent].ImagePath);
        Assert.Equal(@"C:\EXCHSRVR\MTADATA", registry.GetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaDatabasePathValue)?.Text);
        Assert.Equal(@"C:\EXCHSRVR\MTADATA", registry.GetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaRunDirectoryValue)?.Text);
    }

    [Fact]
    public void Create_QueuesMessagesInOrder_WithThePoisonOnesRejectedByTheEngine()
    {
        var host = _lab.AddHost("h", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), QueueLength = 6, PoisonCount = 2, StartFailures = 1 });
        var mtadata = new LabFileSystem(host.DriveC).ToLocalPath(@"C:\EXCHSRVR\MTADATA");
        var queue = Directory.GetFiles(Path.Combine(mtadata, "queue")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        var definition = LabHostDefinition.Load(host);

        Assert.Equal(["000001.p1", "000002.p1", "000003.p1", "000004.p1", "000005.p1", "000006.p1"], queue);
        Assert.Equal(["000002.p1", "000005.p1"], definition.PoisonMessages);
        foreach (var name in queue)
        {
            var valid = P1Decoder.Decode(File.ReadAllBytes(Path.Combine(mtadata, "queue", name))).IsValid;
            Assert.Equal(!definition.PoisonMessages.Contains(name), valid);
        }

        Assert.True(File.Exists(Path.Combine(mtadata, "DBBITMP.DAT")));
        Assert.Equal(1, definition.MtaStartFailures);
        Assert.Contains("\"mtaStartFailures\": 1", File.ReadAllText(host.HostFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoMta_InstallsExchangeWithoutTheMtaOrItsDependents()
    {
        var host = _lab.AddHost("nomta", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), NoMta = true });
        var services = ServiceRegistry.Read(new LabRegistry(host.RegistryFile)).Select(s => s.Name).Order().ToArray();
        var files = new LabFileSystem(host.DriveC);

        Assert.Equal([ExchangeServices.Directory, ExchangeServices.InformationStore, ExchangeServices.SystemAttendant], services);
        Assert.False(File.Exists(files.ToLocalPath(@"C:\EXCHSRVR\BIN\EMSMTA.EXE")));
        Assert.False(File.Exists(files.ToLocalPath(@"C:\EXCHSRVR\BIN\X400OM.DLL")));
        Assert.False(LabHostDefinition.Load(host).Mta);
    }

    [Fact]
    public void Create_StaleEngine_LeavesACopyOfTheEngineInTheRunDirectory()
    {
        var host = _lab.AddHost("stale", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), StaleEngine = true });
        var files = new LabFileSystem(host.DriveC);

        Assert.Equal(File.ReadAllBytes(files.ToLocalPath(@"C:\EXCHSRVR\BIN\X400OM.DLL")), File.ReadAllBytes(files.ToLocalPath(@"C:\EXCHSRVR\MTADATA\X400OM.DLL")));
        Assert.Equal(@"C:\EXCHSRVR\MTADATA\X400OM.DLL", LabHostDefinition.Load(host).StaleEngine);
    }

    [Fact]
    public void Create_StaleEngineWithoutAnMta_Refused()
    {
        var e = Assert.Throws<LabHostException>(() => _lab.AddHost("h", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), NoMta = true, StaleEngine = true }));

        Assert.Contains("--stale-engine", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 3, LabHostException.InvalidArgument)]
    [InlineData(-1, 0, LabHostException.InvalidArgument)]
    public void Create_InvalidCounts_AreRefused(int queue, int poison, string code)
    {
        var e = Assert.Throws<LabHostException>(() => _lab.AddHost("h", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), QueueLength = queue, PoisonCount = poison }));

        Assert.Equal(code, e.Code);
        Assert.False(Directory.Exists(_lab.Host("h").Root));
    }

    [Fact]
    public void Create_ExistingHost_IsRefused()
    {
        _lab.AddHost("h", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24") });

        var e = Assert.Throws<LabHostException>(() => _lab.AddHost("h", new LabHostOptions { Version = FileVersion.Parse("5.5.2653.23") }));

        Assert.Equal(LabHostException.HostExists, e.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("this-name-is-far-too-long")]
    public void Create_BadHostName_IsRefused(string name)
    {
        var e = Assert.Throws<LabHostException>(() => _lab.AddHost(name, new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24") }));

        Assert.Equal(LabHostException.InvalidArgument, e.Code);
    }

    [Fact]
    public void Create_OutsideALab_SaysToRunInit()
    {
        var notALab = Path.Combine(_lab.Root, "plain");
        Directory.CreateDirectory(notALab);

        var e = Assert.Throws<LabHostException>(() => LabHostBuilder.Create(notALab, "h", new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24") }, TempLab.Engines));

        Assert.Equal(LabHostException.HostNotFound, e.Code);
        Assert.Contains("patcher-lab lab init", e.Message, StringComparison.Ordinal);
    }
}
