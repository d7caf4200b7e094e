using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Core.Tests.Versioning;

namespace Patcher.Core.Tests.Discovery;

/// <summary>An in-memory host with real version-stamped files on a temp drive C:, on fake time.</summary>
internal sealed class FakeHost : IDisposable
{
    public const string Root = @"C:\EXCHSRVR";
    public const string MtaDisplayName = "Microsoft Exchange Message Transfer Agent";

    public static readonly DateTimeOffset Start = new(2000, 2, 14, 9, 0, 0, TimeSpan.Zero);

    private FakeModuleProbe? _modules;

    public FakeRegistry Registry { get; } = new();

    public FakeServiceControlManager Scm { get; } = new();

    public FakeEventLog EventLog { get; } = new();

    public FakeFileSystem Files { get; } = new();

    public FakeQueueProbe Queue { get; } = new();

    public FakeTimeProvider Time { get; } = new(Start);

    public FakeModuleProbe Modules => _modules ??= new FakeModuleProbe(Files);

    public HostPlatform Platform => new("EXCH01", Scm, Registry, EventLog, Files, Queue, Modules, Time);

    /// <summary>Installs an MTA as Setup would: files in BIN, Setup and service keys, the service (running).</summary>
    public void InstallMta(
        string emsmta,
        string? x400om = null,
        string root = Root,
        string service = ExchangeServices.MessageTransferAgent,
        int? newestBuild = null,
        bool cleanStop = true,
        string? mtamsg = null,
        bool setupKey = true)
    {
        var bin = root + @"\BIN";
        Files.Write(bin + @"\EMSMTA.EXE", ExchangeBuilds.Image("emsmta.exe", emsmta));
        Files.Write(bin + @"\X400OM.DLL", ExchangeBuilds.Image("x400om.dll", x400om ?? emsmta));
        if (mtamsg is not null)
        {
            Files.Write(bin + @"\MTAMSG.DLL", ExchangeBuilds.Image("mtamsg.dll", mtamsg));
        }

        var database = root + @"\MTADATA";
        Files.CreateFolder(database);
        if (cleanStop)
        {
            Files.Write(database + @"\DBBITMP.DAT", [0]);
        }

        if (setupKey)
        {
            Registry.SetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue, RegistryValue.Sz(root));
            Registry.SetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.NewestBuildValue, RegistryValue.DWord((uint)(newestBuild ?? Patcher.Core.Versioning.FileVersion.Parse(emsmta).Build)));
        }

        var key = ExchangeRegistry.ServicesKey + "\\" + service;
        Registry.SetValue(key, "ImagePath", RegistryValue.ExpandSz(bin + @"\EMSMTA.EXE"));
        Registry.SetValue(key, "DependOnService", RegistryValue.MultiSz([ExchangeServices.Directory]));
        Registry.SetValue(key + @"\Parameters", ExchangeRegistry.MtaDatabasePathValue, RegistryValue.Sz(database));
        Registry.SetValue(key + @"\Parameters", ExchangeRegistry.MtaRunDirectoryValue, RegistryValue.Sz(database));
        Scm.Services.Add(new ServiceConfiguration(service, MtaDisplayName, bin + @"\EMSMTA.EXE", [ExchangeServices.Directory], ServiceStartMode.Automatic));
        Scm.Statuses[service] = new ServiceStatus(service, ServiceState.Running, 0, 0, 4242);
    }

    public void Dispose() => Files.Dispose();
}
