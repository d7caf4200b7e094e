using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Discovery;

public sealed class MtaDiscoveryTests : IDisposable
{
    private readonly FakeHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task DiscoverAsync_NoExchange_ReturnsNone()
    {
        _host.Scm.Services.Add(new ServiceConfiguration("Spooler", "Print Spooler", @"C:\WINNT\system32\spoolss.exe", [], ServiceStartMode.Automatic));

        var found = await MtaDiscovery.DiscoverAsync(_host.Platform);

        Assert.Empty(found);
    }

    [Fact]
    public async Task DiscoverAsync_InstalledMta_ReadsEverySource()
    {
        _host.InstallMta("5.5.2650.24");

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Equal(ExchangeServices.MessageTransferAgent, mta.ServiceName);
        Assert.Equal(FakeHost.MtaDisplayName, mta.DisplayName);
        Assert.Equal(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", mta.ImagePath);
        Assert.Equal(FakeHost.Root, mta.InstallRoot);
        Assert.Equal(@"C:\EXCHSRVR\MTADATA", mta.DatabasePath);
        Assert.Equal(@"C:\EXCHSRVR\MTADATA", mta.RunDirectory);
        Assert.Equal([ExchangeServices.Directory], mta.DependOnService);
        Assert.True(mta.CleanStopMarkerPresent);
        Assert.Equal(FakeHost.Root, mta.SetupRoot);
        Assert.Equal(2650, mta.NewestBuild);
        Assert.Empty(mta.Disagreements);
        Assert.Equal([MtaFiles.Emsmta, MtaFiles.X400om], mta.Files.Select(f => f.Name));
        Assert.All(mta.Files, f => Assert.Equal(FileEvidenceStatus.Read, f.Status));
        Assert.All(mta.Files, f => Assert.Equal(FileVersion.Parse("5.5.2650.24"), f.Version));
        Assert.Equal("Microsoft Exchange", mta.FindFile("x400om.dll")!.ProductName);
        Assert.Contains(mta.RegistryValues, r => r.ValueName == ExchangeRegistry.NewestBuildValue && r.Value!.Number == 2650);
        Assert.Contains(mta.RegistryValues, r => r.ValueName == "ImagePath" && r.Value!.Text == @"C:\EXCHSRVR\BIN\EMSMTA.EXE");
    }

    [Fact]
    public async Task DiscoverAsync_HotfixedHost_BelievesFilesAndShowsNewestBuildDisagreement()
    {
        // KB Q278518: the Q248732 hotfix replaced the files but left NewestBuild at SP3's 2650.
        _host.InstallMta("5.5.2651.69", newestBuild: 2650);

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Equal(FileVersion.Parse("5.5.2651.69"), mta.FindFile(MtaFiles.Emsmta)!.Version);
        var disagreement = Assert.Single(mta.Disagreements);
        Assert.Equal(DisagreementKind.NewestBuildVsFiles, disagreement.Kind);
        Assert.Contains("2650", disagreement.Message, StringComparison.Ordinal);
        Assert.Contains("5.5.2651.69", disagreement.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_ImagePathOutsideSetupRoot_ShowsDisagreement()
    {
        _host.InstallMta("5.5.2653.23", root: @"C:\MTA");
        _host.Registry.SetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue, RegistryValue.Sz(@"C:\EXCHSRVR"));

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Equal(@"C:\MTA", mta.InstallRoot);
        Assert.Equal(DisagreementKind.ImagePathVsSetupRoot, Assert.Single(mta.Disagreements).Kind);
    }

    [Fact]
    public async Task DiscoverAsync_RegistryImagePathDiffersFromScm_ShowsDisagreement()
    {
        _host.InstallMta("5.5.2653.23");
        _host.Registry.SetValue(ExchangeRegistry.MtaServiceKey, "ImagePath", RegistryValue.ExpandSz(@"C:\OLD\BIN\EMSMTA.EXE"));

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Equal(DisagreementKind.ServiceVsRegistryImagePath, Assert.Single(mta.Disagreements).Kind);
        Assert.Equal(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", mta.ImagePath);
    }

    [Fact]
    public async Task DiscoverAsync_ServiceWithoutSetupKey_ShowsDisagreement()
    {
        _host.InstallMta("5.5.2653.23", setupKey: false);

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Null(mta.SetupRoot);
        Assert.Null(mta.NewestBuild);
        Assert.Equal(DisagreementKind.SetupKeyMissing, Assert.Single(mta.Disagreements).Kind);
    }

    [Fact]
    public async Task DiscoverAsync_MissingX400om_ReportsItMissing()
    {
        _host.InstallMta("5.5.2650.24");
        _host.Files.Delete(@"C:\EXCHSRVR\BIN\X400OM.DLL");

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        var x400om = mta.FindFile(MtaFiles.X400om)!;
        Assert.Equal(FileEvidenceStatus.Missing, x400om.Status);
        Assert.Null(x400om.Version);
        Assert.Equal(@"C:\EXCHSRVR\BIN\X400OM.DLL", x400om.HostPath);
    }

    [Fact]
    public async Task DiscoverAsync_MalformedEmsmta_ReportsPeErrorCodeWithHostPath()
    {
        _host.InstallMta("5.5.2650.24");
        _host.Files.Write(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", "MZ but not much else"u8.ToArray());

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        var emsmta = mta.FindFile(MtaFiles.Emsmta)!;
        Assert.Equal(FileEvidenceStatus.Malformed, emsmta.Status);
        Assert.Equal(PeErrorCodes.NotMz, emsmta.ErrorCode);
        Assert.Contains(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", emsmta.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_UncleanStop_ReportsMarkerAbsent()
    {
        _host.InstallMta("5.5.2650.24", cleanStop: false);

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.False(mta.CleanStopMarkerPresent);
    }

    [Fact]
    public async Task DiscoverAsync_NoDatabaseFolder_MarkerUnknown()
    {
        _host.InstallMta("5.5.2650.24");
        Directory.Delete(_host.Files.ToLocalPath(@"C:\EXCHSRVR\MTADATA"), recursive: true);

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Null(mta.CleanStopMarkerPresent);
    }

    [Fact]
    public async Task DiscoverAsync_NoDatabasePathValue_DefaultsToMtadataUnderRoot()
    {
        _host.InstallMta("5.5.2650.24");
        _host.Registry.SetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaDatabasePathValue, RegistryValue.Sz(""));

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Equal(@"C:\EXCHSRVR\MTADATA", mta.DatabasePath);
    }

    [Fact]
    public async Task DiscoverAsync_MtamsgPresent_ReportsIt()
    {
        _host.InstallMta("5.5.2653.23", mtamsg: "5.5.2653.20");

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Equal(FileVersion.Parse("5.5.2653.20"), mta.FindFile(MtaFiles.Mtamsg)!.Version);
    }

    [Fact]
    public async Task DiscoverAsync_AdditionalFiles_ReadOrReportedMissing()
    {
        _host.InstallMta("5.5.2653.23");
        _host.Files.Write(@"C:\EXCHSRVR\BIN\MTAPERF.DLL", Versioning.ExchangeBuilds.Image("mtaperf.dll", "5.5.2653.23"));

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform, ["mtaperf.dll", "EMS_RID.DLL", "X400OM.DLL"]));

        Assert.Equal([MtaFiles.Emsmta, MtaFiles.X400om, "MTAPERF.DLL", "EMS_RID.DLL"], mta.Files.Select(f => f.Name));
        Assert.Equal(FileEvidenceStatus.Read, mta.FindFile("MTAPERF.DLL")!.Status);
        Assert.Equal(FileEvidenceStatus.Missing, mta.FindFile("EMS_RID.DLL")!.Status);
    }

    [Fact]
    public async Task DiscoverAsync_TwoMtaServices_ReturnsBothOrderedByName()
    {
        _host.InstallMta("5.5.2650.24");
        _host.InstallMta("5.5.2653.23", root: @"C:\EXCH2", service: "MSExchangeMTA2", setupKey: false);

        var found = await MtaDiscovery.DiscoverAsync(_host.Platform);

        Assert.Equal(["MSExchangeMTA", "MSExchangeMTA2"], found.Select(i => i.ServiceName));
        Assert.Equal(FileVersion.Parse("5.5.2653.23"), found[1].FindFile(MtaFiles.Emsmta)!.Version);
        Assert.Empty(found[0].Disagreements);
        Assert.Equal([DisagreementKind.ImagePathVsSetupRoot, DisagreementKind.NewestBuildVsFiles], found[1].Disagreements.Select(d => d.Kind));
    }

    [Fact]
    public async Task DiscoverAsync_OtherExchangeServices_Ignored()
    {
        _host.InstallMta("5.5.2650.24");
        _host.Scm.Services.Add(new ServiceConfiguration(ExchangeServices.InformationStore, "Microsoft Exchange Information Store", @"C:\EXCHSRVR\BIN\STORE.EXE", [], ServiceStartMode.Automatic));

        var found = await MtaDiscovery.DiscoverAsync(_host.Platform);

        Assert.Equal(ExchangeServices.MessageTransferAgent, Assert.Single(found).ServiceName);
    }

    [Fact]
    public async Task DiscoverAsync_SetupRecordsRootButNoService_ReportsInstallationWithoutService()
    {
        _host.InstallMta("5.5.2650.24");
        _host.Scm.Services.Clear();

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.Null(mta.ServiceName);
        Assert.Equal(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", mta.ImagePath);
        Assert.Equal(FileVersion.Parse("5.5.2650.24"), mta.FindFile(MtaFiles.Emsmta)!.Version);
    }

    [Fact]
    public async Task DiscoverAsync_SetupRootWithoutFiles_ReturnsNone()
    {
        _host.Registry.SetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue, RegistryValue.Sz(FakeHost.Root));

        Assert.Empty(await MtaDiscovery.DiscoverAsync(_host.Platform));
    }

    [Fact]
    public async Task DiscoverAsync_ImageOnUnmappedDrive_ReportsUnreadable()
    {
        _host.Scm.Services.Add(new ServiceConfiguration("MSExchangeMTA", FakeHost.MtaDisplayName, @"D:\EXCHSRVR\BIN\EMSMTA.EXE", [], ServiceStartMode.Automatic));

        var mta = Assert.Single(await MtaDiscovery.DiscoverAsync(_host.Platform));

        Assert.All(mta.Files, f => Assert.Equal(FileEvidenceStatus.Unreadable, f.Status));
        Assert.Null(mta.CleanStopMarkerPresent);
    }
}
