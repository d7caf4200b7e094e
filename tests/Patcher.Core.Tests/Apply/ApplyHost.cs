using System.Security.Cryptography;
using Patcher.Core.Apply;
using Patcher.Core.Discovery;
using Patcher.Core.Platform;
using Patcher.Core.Tests.Discovery;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Apply;

/// <summary>An SP3 host (real files on a temp drive C:, a queue database with messages) with services that start and stop.</summary>
internal sealed class ApplyHost : IDisposable
{
    private readonly FakeHost _fake = new();

    public ApplyHost(string version = "5.5.2650.24", ServiceScm? scm = null, PeMachine? machine = null)
    {
        _fake.InstallMta(version);
        if (machine is { } built)
        {
            // An Alpha (or other) server: the MTA's own files are that machine's build.
            _fake.Files.Write(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", Versioning.ExchangeBuilds.Image("emsmta.exe", version, built));
            _fake.Files.Write(@"C:\EXCHSRVR\BIN\X400OM.DLL", Versioning.ExchangeBuilds.Image("x400om.dll", version, built));
        }

        _fake.Files.Write(@"C:\EXCHSRVR\MTADATA\queue\000001.p1", [0x60, 0x80, 0x00, 0x00]);
        _fake.Files.Write(@"C:\EXCHSRVR\BIN\MTAMSG.DLL", Versioning.ExchangeBuilds.Image("mtamsg.dll", version));
        Scm = scm ?? ServiceScm.Exchange();
    }

    public ServiceScm Scm { get; }

    public FakeFileSystem Files => _fake.Files;

    public FakeEventLog EventLog => _fake.EventLog;

    /// <summary>The agent's own events written so far (source Patcher), by id.</summary>
    public int[] PatcherEvents => [.. EventLog.Entries.Where(e => e.Source == Patcher.Core.Reporting.HostReportEvents.Source).Select(e => e.EventId)];

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _fake.Time;

    public HostPlatform Platform => new("EXCH01", Scm, _fake.Registry, _fake.EventLog, _fake.Files, _fake.Queue, _fake.Modules, _fake.Time);

    public IServiceRestarter Restarter => new Patcher.Core.Services.ResilientServiceRestarter(
        new Patcher.Core.Services.ServiceOrchestrator(Scm, Time, new Patcher.Core.Services.ServiceRestartPolicy { StopTimeout = TimeSpan.FromSeconds(30), MaxStartRetries = 0 }));

    public async Task<MtaInstallation> InstallationAsync() => (await MtaDiscovery.DiscoverAsync(Platform)).Single();

    public async Task<ApplyPlan> PlanAsync(FolderPackage package, ApplyOptions? options = null) => await ApplyPlanner.PlanAsync(Platform, await InstallationAsync(), package, options);

    public string Local(string hostPath) => Files.ToLocalPath(hostPath);

    public string? Hash(string hostPath) => File.Exists(Local(hostPath)) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Local(hostPath)))) : null;

    /// <summary>Every file of drive C: with its hash, relative path first; <paramref name="except"/> leaves a folder out.</summary>
    public SortedDictionary<string, string> Snapshot(string? except = null)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Files.DriveC, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Files.DriveC, file);
            if (except is null || !relative.StartsWith(except, StringComparison.OrdinalIgnoreCase))
            {
                result[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return result;
    }

    public void Dispose() => _fake.Dispose();
}
