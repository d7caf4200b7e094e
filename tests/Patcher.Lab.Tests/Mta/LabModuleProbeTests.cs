using System.Security.Cryptography;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Lab.Files;
using Patcher.Lab.Mta;
using Patcher.Lab.Registry;

namespace Patcher.Lab.Tests.Mta;

public sealed class LabModuleProbeTests
{
    private static readonly string[] FixFiles = ["EMSMTA.EXE", "X400OM.DLL"];

    [Fact]
    public async Task Read_RunningMta_ReportsTheEngineItLoadedWithItsHash()
    {
        using var host = new MtaLabHost(preFix: false);
        await using var mta = RunningMta.Start(host);
        await Eventually.True(() => host.Progress?.Modules is not null, "the MTA to publish what it loaded");

        var read = Probe(host).Read(Environment.ProcessId, FixFiles);

        Assert.True(read.Readable, read.Problem);
        var engine = Assert.Single(read.Modules, m => m.Name == "X400OM.DLL");
        Assert.Equal(@"C:\EXCHSRVR\BIN\X400OM.DLL", engine.HostPath);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(host.EngineFile))), engine.Sha256);
        Assert.NotNull(engine.Version);
        var image = Assert.Single(read.Modules, m => m.Name == "EMSMTA.EXE");
        Assert.Contains("cannot be read", image.Problem, StringComparison.Ordinal); // this hand-built host has no EMSMTA.EXE
    }

    [Fact]
    public async Task Read_CopyInTheRunDirectory_TheMtaLoadsThatOneFirst()
    {
        using var host = new MtaLabHost(preFix: false);
        new LabRegistry(host.Paths.RegistryFile).SetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaRunDirectoryValue, RegistryValue.Sz(@"C:\EXCHSRVR\MTADATA"));
        EngineFiles.InstallPreFix(Path.Combine(host.Database.Folder, "X400OM.DLL"));
        await using var mta = RunningMta.Start(host);
        await Eventually.True(() => host.Progress?.Modules is not null, "the MTA to publish what it loaded");

        var engine = Assert.Single(Probe(host).Read(Environment.ProcessId, FixFiles).Modules, m => m.Name == "X400OM.DLL");

        Assert.Equal(@"C:\EXCHSRVR\MTADATA\X400OM.DLL", engine.HostPath);
    }

    [Fact]
    public void Read_StatusOfAnotherProcess_UnreadableNamingBothPids()
    {
        using var host = new MtaLabHost(preFix: false);
        WriteProgress(host, pid: 4242, modules: $$"""[{ "hostPath": "C:\\EXCHSRVR\\BIN\\X400OM.DLL", "fileVersion": "5.5.2653.23", "sha256": "{{new string('a', 64)}}" }]""");

        var read = Probe(host).Read(4243, FixFiles);

        Assert.False(read.Readable);
        Assert.True(read.Problem!.Contains("pid 4242, not the running pid 4243", StringComparison.Ordinal), read.Problem);
    }

    [Fact]
    public void Read_HostileFields_BecomeProblemsNotEvidence()
    {
        using var host = new MtaLabHost(preFix: false);
        WriteProgress(host, pid: 7, modules: """
            [{ "hostPath": "C:\\EXCHSRVR\\BIN\\X400OM.DLL", "fileVersion": "5.5.2653.23", "sha256": "../../etc/passwd" },
             { "hostPath": "C:\\EXCHSRVR\\BIN\\EMSMTA.EXE\u001b[2J", "fileVersion": "x", "sha256": "" }]
            """);

        var read = Probe(host).Read(7, FixFiles);

        Assert.True(read.Readable, read.Problem);
        var engine = Assert.Single(read.Modules);
        Assert.Null(engine.Sha256);
        Assert.Contains("no valid SHA-256", engine.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StatusIsASymbolicLink_RefusedUnfollowed()
    {
        using var host = new MtaLabHost(preFix: false);
        File.CreateSymbolicLink(host.Database.ProgressFile, "/dev/zero");

        var read = Probe(host).Read(7, FixFiles);

        Assert.False(read.Readable);
        Assert.Contains("symbolic link", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StatusOverTheCap_Refused()
    {
        using var host = new MtaLabHost(preFix: false);
        File.WriteAllText(host.Database.ProgressFile, new string(' ', LabMtaProgress.MaxBytes + 1));

        var read = Probe(host).Read(7, FixFiles);

        Assert.False(read.Readable);
        Assert.Contains("cap for this file", read.Problem, StringComparison.Ordinal);
    }

    private static LabModuleProbe Probe(MtaLabHost host) => new(new LabRegistry(host.Paths.RegistryFile), new LabFileSystem(host.Paths.DriveC));

    private static void WriteProgress(MtaLabHost host, int pid, string modules) =>
        File.WriteAllText(host.Database.ProgressFile, $$"""
            { "queueLength": 0, "processed": 0, "relayed": 0, "rejected": 0, "lastProgressUtc": "2026-01-01T00:00:00Z",
              "startedUtc": "2026-01-01T00:00:00Z", "engineFileVersion": "5.5.2653.23", "pid": {{pid}}, "inFlight": null, "modules": {{modules}} }
            """);
}
