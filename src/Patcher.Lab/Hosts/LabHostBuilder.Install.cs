using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;
using Patcher.Lab.Files;
using Patcher.Lab.Registry;
using Patcher.Lab.Scm;
using Patcher.Lab.Versioning;
using Patcher.Core.Files;

namespace Patcher.Lab.Hosts;

/// <summary>The parts of a lab host: registry, binaries, MTA database.</summary>
public static partial class LabHostBuilder
{
    private static void WriteRegistry(LabHostPaths host, bool noMta, int newestBuild)
    {
        var registry = new LabRegistry(host.RegistryFile);
        registry.SetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue, RegistryValue.Sz(ExchangeServiceLayout.InstallRoot));

        // KB Q278518: the service-pack build, which hotfixes leave alone.
        registry.SetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.NewestBuildValue, RegistryValue.DWord((uint)newestBuild));
        foreach (var service in noMta ? ExchangeServiceLayout.WithoutMta : ExchangeServiceLayout.All)
        {
            var key = ExchangeRegistry.ServicesKey + "\\" + service.Name;
            registry.SetValue(key, ServiceRegistry.ImagePathValue, RegistryValue.ExpandSz(service.ImagePath));
            registry.SetValue(key, ServiceRegistry.DisplayNameValue, RegistryValue.Sz(service.DisplayName));
            registry.SetValue(key, ServiceRegistry.DependOnServiceValue, RegistryValue.MultiSz(service.DependOnService));
            registry.SetValue(key, ServiceRegistry.StartValue, RegistryValue.DWord((uint)ServiceStartMode.Automatic));
        }

        if (!noMta)
        {
            registry.SetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaDatabasePathValue, RegistryValue.Sz(ExchangeServiceLayout.MtaDataPath));
            registry.SetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaRunDirectoryValue, RegistryValue.Sz(ExchangeServiceLayout.MtaDataPath));
        }
    }

    private static void WriteBinaries(LabHostPaths host, bool noMta, FileVersion version, FileVersion engineVersion, string engine)
    {
        var files = new LabFileSystem(host.DriveC);
        foreach (var service in noMta ? ExchangeServiceLayout.WithoutMta : ExchangeServiceLayout.All)
        {
            WriteStandIn(files.ToLocalPath(service.ImagePath), version);
        }

        if (noMta)
        {
            return;
        }

        var bin = Path.GetDirectoryName(files.ToLocalPath(ExchangeServiceLayout.MtaImagePath))!;
        foreach (var file in ExchangeServiceLayout.MtaCompanionFiles)
        {
            WriteStandIn(Path.Combine(bin, file), version);
        }

        // X400OM.DLL is the real engine the lab MTA loads, carrying the version resource of the build it stands for.
        var x400om = Path.Combine(bin, "X400OM.DLL");
        File.Copy(engine, x400om);
        PeVersionStamper.Stamp(x400om, engineVersion);
    }

    private static IReadOnlyList<string> WriteDatabase(LabHostPaths host, int queueLength, int poison)
    {
        var mtadata = new LabFileSystem(host.DriveC).ToLocalPath(ExchangeServiceLayout.MtaDataPath);
        Directory.CreateDirectory(mtadata);
        foreach (var file in ExchangeServiceLayout.DatabaseFiles)
        {
            // Pristine boot files: placeholders, as the lab MTA keeps its queue in queue/.
            AtomicFile.WriteAllText(Path.Combine(mtadata, file), $"Patcher lab pristine MTA database file {file}\n");
        }

        return LabQueueBuilder.Write(Path.Combine(mtadata, "queue"), queueLength, poison);
    }

    /// <summary>
    /// A copy of the engine just installed, left in the MTA's run directory, which the lab MTA searches first: the stale
    /// copy that a patch of <c>BIN</c> does not reach. Returns its host path.
    /// </summary>
    private static string WriteStaleEngine(LabHostPaths host)
    {
        var files = new LabFileSystem(host.DriveC);
        var bin = Path.GetDirectoryName(files.ToLocalPath(ExchangeServiceLayout.MtaImagePath))!;
        var stale = ExchangeServiceLayout.MtaDataPath + @"\X400OM.DLL";
        File.Copy(Path.Combine(bin, "X400OM.DLL"), files.ToLocalPath(stale));
        return stale;
    }

    private static void WriteStandIn(string path, FileVersion version)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteAllBytes(path, PeImageWriter.Build(PeImageSpec.ForExchangeFile(Path.GetFileName(path), version)));
    }
}
