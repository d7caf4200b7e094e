using Patcher.Core.Exchange;
using Patcher.Core.Platform;

namespace Patcher.Core.Discovery;

/// <summary>
/// Finds every MTA installation on a host from the sources an admin trusts: the service control manager (services whose
/// image is <c>EMSMTA.EXE</c>), the registry (<c>Exchange\Setup</c>, the service key and its Parameters) and the files'
/// own version resources.
/// </summary>
public static partial class MtaDiscovery
{
    /// <summary>
    /// The host's MTA installations, one per MTA service, ordered by service name; plus one without a service when
    /// <c>Exchange\Setup</c> records a root holding <c>BIN\EMSMTA.EXE</c> that no service runs. Empty when there is none.
    /// </summary>
    /// <param name="host">The host to look at.</param>
    /// <param name="additionalFiles">
    /// More files in <c>BIN</c> to read versions of (e.g. a baseline's fix files beyond <c>EMSMTA.EXE</c> and
    /// <c>X400OM.DLL</c>); reported whether or not they exist.
    /// </param>
    /// <param name="cancellationToken">Cancels the SCM query.</param>
    /// <exception cref="ArgumentNullException"><paramref name="host"/> is null.</exception>
    public static async Task<IReadOnlyList<MtaInstallation>> DiscoverAsync(
        HostPlatform host,
        IReadOnlyCollection<string>? additionalFiles = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var extra = additionalFiles ?? [];
        var services = await host.Services.GetServicesAsync(cancellationToken).ConfigureAwait(false);
        var installations = services
            .Where(service => ServiceImagePath.IsMta(service.ImagePath))
            .OrderBy(service => service.Name, StringComparer.OrdinalIgnoreCase)
            .Select(service => FromService(host, service, extra))
            .ToList();

        var setupRoot = host.Registry.GetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue)?.Text;
        if (!string.IsNullOrEmpty(setupRoot)
            && !installations.Exists(i => HostPath.Same(i.InstallRoot, setupRoot))
            && MtaFileReader.Exists(host.Files, BinFile(setupRoot, MtaFiles.Emsmta)))
        {
            installations.Add(FromSetup(host, setupRoot, extra));
        }

        return installations;
    }

    private static MtaInstallation FromService(HostPlatform host, ServiceConfiguration service, IReadOnlyCollection<string> extra)
    {
        var trail = new RegistryTrail(host.Registry);
        var serviceKey = ExchangeRegistry.ServicesKey + "\\" + service.Name;
        var registryImagePath = trail.GetText(serviceKey, "ImagePath");
        trail.GetLines(serviceKey, "DependOnService");
        var parametersKey = serviceKey + @"\Parameters";
        var databasePath = trail.GetText(parametersKey, ExchangeRegistry.MtaDatabasePathValue);
        var runDirectory = trail.GetText(parametersKey, ExchangeRegistry.MtaRunDirectoryValue);

        var imagePath = ServiceImagePath.Executable(service.ImagePath);
        var bin = HostPath.Parent(imagePath) ?? imagePath;
        var root = HostPath.Parent(bin) ?? bin;
        var disagreements = new List<Disagreement>();
        if (registryImagePath is not null && !HostPath.Same(ServiceImagePath.Executable(registryImagePath), imagePath))
        {
            disagreements.Add(new Disagreement(
                DisagreementKind.ServiceVsRegistryImagePath,
                $"The SCM runs {service.Name} from {imagePath}, but its registry key's ImagePath is {registryImagePath}."));
        }

        return Build(host, trail, service, imagePath, root, databasePath, runDirectory, disagreements, extra);
    }

    private static MtaInstallation FromSetup(HostPlatform host, string setupRoot, IReadOnlyCollection<string> extra)
    {
        var trail = new RegistryTrail(host.Registry);
        return Build(host, trail, null, BinFile(setupRoot, MtaFiles.Emsmta), setupRoot, null, null, [], extra);
    }

    private static MtaInstallation Build(
        HostPlatform host,
        RegistryTrail trail,
        ServiceConfiguration? service,
        string imagePath,
        string root,
        string? databasePath,
        string? runDirectory,
        List<Disagreement> disagreements,
        IReadOnlyCollection<string> extra)
    {
        var setupRoot = trail.GetText(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue);
        var newestBuild = trail.GetNumber(ExchangeRegistry.SetupKey, ExchangeRegistry.NewestBuildValue);
        var files = ReadFiles(host, imagePath, extra);
        var database = databasePath ?? HostPath.Combine(root, MtaFiles.DefaultDatabaseFolder);
        bool? cleanStop = MtaFileReader.FolderExists(host.Files, database)
            ? MtaFileReader.Exists(host.Files, HostPath.Combine(database, MtaFiles.CleanStopMarker))
            : null;
        disagreements.AddRange(CompareWithSetup(service, imagePath, root, setupRoot, newestBuild, files[0]));

        return new MtaInstallation(
            service?.Name,
            service?.DisplayName,
            imagePath,
            root,
            service?.DependOnService ?? [],
            database,
            runDirectory,
            cleanStop,
            setupRoot,
            newestBuild,
            files,
            trail.Seen,
            disagreements);
    }

    /// <summary>EMSMTA.EXE (the image itself), X400OM.DLL beside it, MTAMSG.DLL when it is there, then the extra files.</summary>
    private static List<MtaFileEvidence> ReadFiles(HostPlatform host, string imagePath, IReadOnlyCollection<string> extra)
    {
        var bin = HostPath.Parent(imagePath) ?? imagePath;
        var files = new List<MtaFileEvidence>
        {
            MtaFileReader.Read(host.Files, MtaFiles.Emsmta, imagePath),
            MtaFileReader.Read(host.Files, MtaFiles.X400om, HostPath.Combine(bin, MtaFiles.X400om)),
        };
        var mtamsg = HostPath.Combine(bin, MtaFiles.Mtamsg);
        if (MtaFileReader.Exists(host.Files, mtamsg))
        {
            files.Add(MtaFileReader.Read(host.Files, MtaFiles.Mtamsg, mtamsg));
        }

        foreach (var name in extra.Select(n => n.ToUpperInvariant()).Distinct(StringComparer.Ordinal))
        {
            if (!files.Exists(f => f.Name == name))
            {
                files.Add(MtaFileReader.Read(host.Files, name, HostPath.Combine(bin, name)));
            }
        }

        return files;
    }

    private static string BinFile(string root, string name) => HostPath.Combine(HostPath.Combine(root, "BIN"), name);
}
