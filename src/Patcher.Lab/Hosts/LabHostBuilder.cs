using System.Text.RegularExpressions;
using Patcher.Core.Versioning;

namespace Patcher.Lab.Hosts;

/// <summary>
/// Builds a lab host (<c>patcher-lab lab add-host</c>): its registry, its Exchange installation with version-stamped
/// stand-in binaries and the real engine, its MTA database and queue, and <c>host.json</c>. The host is built in a
/// temporary folder beside its final one and renamed into place, so a failed build leaves nothing behind.
/// </summary>
public static partial class LabHostBuilder
{
    /// <summary>Creates host <paramref name="name"/> in lab <paramref name="labFolder"/>.</summary>
    /// <exception cref="LabHostException">The lab, the name or the options are invalid, the host exists, or an engine is missing.</exception>
    public static LabHostDefinition Create(string labFolder, string name, LabHostOptions options, LabEngineAssemblies engines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(labFolder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engines);
        options.Validate();
        if (!HostName().IsMatch(name))
        {
            throw new LabHostException(LabHostException.InvalidArgument, $"'{name}' is not a host name: use 1-15 letters, digits or '-', starting with a letter or digit (a NetBIOS name).");
        }

        var lab = Path.GetFullPath(labFolder);
        _ = LabSettings.Load(lab);
        var final = new LabHostPaths(Path.Combine(lab, name));
        if (Directory.Exists(final.Root) || File.Exists(final.Root))
        {
            throw new LabHostException(LabHostException.HostExists, $"The lab host {name} already exists in {lab}.");
        }

        var engineVersion = options.EngineVersion ?? options.Version;
        var engine = engines.For(engineVersion);
        if (!options.NoMta && !File.Exists(engine))
        {
            throw new LabHostException(LabHostException.MissingFile, $"The engine {engine} is missing: it ships next to the agent.");
        }

        var building = new LabHostPaths(Path.Combine(lab, $".{name}.{Guid.NewGuid():N}.building"));
        Directory.CreateDirectory(building.Root);
        try
        {
            var definition = Install(building, name, options, engineVersion, engine == engines.FixedEngine ? "fixed" : "pre-fix", engine);
            Directory.Move(building.Root, final.Root);
            return definition;
        }
        finally
        {
            if (Directory.Exists(building.Root))
            {
                Directory.Delete(building.Root, recursive: true);
            }
        }
    }

    private static LabHostDefinition Install(LabHostPaths host, string name, LabHostOptions options, FileVersion engineVersion, string engineKind, string engine)
    {
        var newestBuild = ExchangeServicePacks.NewestBuildFor(options.Version);
        WriteRegistry(host, options.NoMta, newestBuild);
        WriteBinaries(host, options.NoMta, options.Version, engineVersion, engine);
        var poison = options.NoMta ? [] : WriteDatabase(host, options.QueueLength, options.PoisonCount);
        var stale = options.StaleEngine ? WriteStaleEngine(host) : null;
        var definition = new LabHostDefinition
        {
            Name = name,
            Mta = !options.NoMta,
            Version = options.Version.ToString(),
            EngineVersion = options.NoMta ? null : engineVersion.ToString(),
            Engine = options.NoMta ? null : engineKind,
            NewestBuild = newestBuild,
            Queue = options.QueueLength,
            PoisonMessages = poison,
            MtaStartFailures = options.StartFailures,
            StaleEngine = stale,
        };

        // Written last: a host folder with host.json is complete.
        definition.Save(host);
        return definition;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,14}$")]
    private static partial Regex HostName();
}
