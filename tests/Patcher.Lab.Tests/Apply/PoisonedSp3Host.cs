using System.Security.Cryptography;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.Lab.Tests.EndToEnd;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// A lab host at SP3 (5.5.2650.24, the pre-fix engine as X400OM.DLL) whose queue holds 5 messages, the third poison, with
/// all six services running as real processes: the MTA relays two messages and hangs on the third (KB Q248732).
/// </summary>
internal sealed class PoisonedSp3Host : IDisposable
{
    public const string Name = "sp3";

    public static readonly string[] Targets = [@"BIN\EMSMTA.EXE", @"BIN\X400OM.DLL"];

    private readonly TempLab _lab = new();

    private PoisonedSp3Host()
    {
    }

    public LabHostPaths Paths => _lab.Host(Name);

    /// <summary>The <c>--lab</c> argument.</summary>
    public string Lab => Paths.Root;

    public string LabRoot => _lab.Root;

    /// <summary>The original SHA-256 of each target, as built.</summary>
    public Dictionary<string, string> Originals { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The queue database as built: every message file's name and bytes.</summary>
    public Dictionary<string, byte[]> Messages { get; } = new(StringComparer.Ordinal);

    public static async Task<PoisonedSp3Host> StartAsync(string version = "5.5.2650.24", int queue = 5, int poison = 1, string? engineVersion = null)
    {
        var host = new PoisonedSp3Host();
        LabHostBuilder.Create(host._lab.Root, Name, new LabHostOptions
        {
            Version = Patcher.Core.Versioning.FileVersion.Parse(version),
            EngineVersion = engineVersion is null ? null : Patcher.Core.Versioning.FileVersion.Parse(engineVersion),
            QueueLength = queue,
            PoisonCount = poison,
        }, TempLab.Engines);
        foreach (var target in Targets)
        {
            host.Originals[target] = host.Hash(target)!;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(host.MtaData, "queue")))
        {
            host.Messages[Path.GetFileName(file)] = File.ReadAllBytes(file);
        }

        var start = await PatcherProcess.RunAsync("lab", "start", host._lab.Root, Name);
        Assert.True(start.ExitCode == 0, start.Output + start.Error);
        return host;
    }

    public string DriveC => Paths.DriveC;

    /// <summary>
    /// Sets host.json's <c>mtaStartFailures</c>, which the lab MTA reads at each start: with it above the starts made so far,
    /// the MTA will not start (as an MTA whose database check fails); 0 lets it start again.
    /// </summary>
    public void SetMtaStartFailures(int failures)
    {
        var host = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Paths.HostFile))!.AsObject();
        host["mtaStartFailures"] = failures;
        File.WriteAllText(Paths.HostFile, host.ToJsonString());
    }

    /// <summary>Waits until the MTA has relayed what precedes the poison message and hangs on it: the queue database is then still.</summary>
    public async Task WaitUntilHungAsync()
    {
        var poison = Patcher.Lab.Hosts.LabHostDefinition.Load(Paths).PoisonMessages[0];
        var hung = await Eventually.TrueAsync(
            () => Patcher.Lab.Mta.LabMtaProgress.TryRead(Path.Combine(MtaData, "progress.json"))?.InFlight == poison,
            TimeSpan.FromSeconds(30));
        Assert.True(hung, $"the MTA of {Name} never got stuck on {poison}");
    }

    public string MtaData => Path.Combine(DriveC, "EXCHSRVR", "MTADATA");

    public string Bin => Path.Combine(DriveC, "EXCHSRVR", "BIN");

    public string StateFolder => Path.Combine(DriveC, "EXCHSRVR", "Patcher");

    public string? Hash(string target)
    {
        var local = Path.Combine(DriveC, "EXCHSRVR", target.Replace('\\', '/'));
        return File.Exists(local) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(local))) : null;
    }

    public bool AllOriginal => Targets.All(t => Hash(t) == Originals[t]);

    public bool AllPatched(SignedHotfixPackage package) => Targets.All(t => Hash(t) == package.Hashes[t]);

    /// <summary>The state of every service, from the host's SCM.</summary>
    public async Task<Dictionary<string, ServiceState>> ServiceStatesAsync()
    {
        var scm = new LabServiceControlManager(Paths);
        var states = new Dictionary<string, ServiceState>(StringComparer.Ordinal);
        foreach (var service in await scm.GetServicesAsync())
        {
            states[service.Name] = (await scm.QueryStatusAsync(service.Name)).State;
        }

        return states;
    }

    /// <summary>Every file under drive C: (relative path → SHA-256), for byte-for-byte comparisons.</summary>
    public SortedDictionary<string, string> DriveSnapshot()
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(DriveC, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(DriveC, file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }

    /// <summary>
    /// The queue database holds what it held, give or take what the lab MTA itself does (KB Q248732's story): the
    /// database files are byte-for-byte the same; every queued message is still queued with the same bytes, or was
    /// rejected (moved to <c>rejected/</c> with the same bytes, its NDR in <c>ndr/</c>), or relayed (<c>relayed/NAME</c>, the MTA's
    /// copy with its trace added); no message appeared or vanished. The MTA's own bookkeeping (<c>progress.json</c>,
    /// <c>INFLIGHT</c>, <c>start-attempts</c>) is not compared.
    /// </summary>
    public void AssertQueueDatabaseKept()
    {
        foreach (var file in ExchangeServiceLayout.DatabaseFiles)
        {
            Assert.Equal($"Patcher lab pristine MTA database file {file}\n", File.ReadAllText(Path.Combine(MtaData, file)));
        }

        var queued = Names("queue");
        var rejected = Names("rejected");
        var relayed = Names("relayed");
        Assert.Equal(Messages.Keys.Order(StringComparer.Ordinal), queued.Concat(rejected).Concat(relayed).Order(StringComparer.Ordinal));
        foreach (var name in queued)
        {
            Assert.Equal(Messages[name], File.ReadAllBytes(Path.Combine(MtaData, "queue", name)));
        }

        foreach (var name in rejected)
        {
            Assert.Equal(Messages[name], File.ReadAllBytes(Path.Combine(MtaData, "rejected", name)));
            Assert.True(File.Exists(Path.Combine(MtaData, "ndr", name + ".ndr")), $"rejected {name} has no NDR");
        }

        var unexpected = Directory.EnumerateFileSystemEntries(MtaData)
            .Select(Path.GetFileName)
            .Except(["queue", "rejected", "relayed", "ndr", "progress.json", "INFLIGHT", "start-attempts", .. ExchangeServiceLayout.DatabaseFiles], StringComparer.Ordinal)
            .ToArray();
        Assert.Empty(unexpected);
    }

    /// <summary>Every backup Patcher kept is a byte-for-byte original.</summary>
    public void AssertBackupsAreOriginals(bool required)
    {
        var backups = Directory.Exists(Path.Combine(StateFolder, "backup"))
            ? Directory.EnumerateFiles(Path.Combine(StateFolder, "backup"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).ToArray()
            : [];
        if (required)
        {
            Assert.NotEmpty(backups);
        }

        foreach (var backup in backups)
        {
            var target = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(backup)!)!, backup).Replace('/', '\\');
            Assert.Equal(Originals[target], Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(backup))));
        }
    }

    private string[] Names(string folder)
    {
        var path = Path.Combine(MtaData, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Select(f => Path.GetFileName(f)).Where(n => !n.StartsWith('.')).ToArray()
            : [];
    }

    public void Dispose() => _lab.Dispose();
}
