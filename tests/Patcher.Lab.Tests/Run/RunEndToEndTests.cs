using System.Text.Json;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Tests.Apply;
using Patcher.Lab.Tests.EndToEnd;
using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.Lab.Tests.Run;

/// <summary><c>patcher run</c> on lab hosts whose services are real processes, with the real signed package.</summary>
public sealed class RunEndToEndTests(SignedHotfixPackage package) : IClassFixture<SignedHotfixPackage>
{
    [Fact]
    public async Task Run_PoisonedSp3Host_RecoveredWithNdr_SecondRunCompliant()
    {
        using var host = await PoisonedSp3Host.StartAsync();
        await host.WaitUntilHungAsync();
        var poison = LabHostDefinition.Load(host.Paths).PoisonMessages[0];

        var run = await RunAsync(host.Lab, host.LabRoot);

        Assert.True(run.ExitCode == 0, run.ToString());
        using (var report = run.Json())
        {
            var root = report.RootElement;
            Assert.Equal("patched-recovered", root.GetProperty("outcome").GetString());
            Assert.Equal("5.5.2653.23", root.GetProperty("engineVersion").GetString()); // the engine the MTA runs now
            var round = root.GetProperty("verifications")[0];
            Assert.True(round.GetProperty("recovered").GetBoolean(), run.Output);
            Assert.All(round.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("held").GetBoolean(), c.ToString()));
        }

        var ndr = File.ReadAllBytes(Path.Combine(host.MtaData, "ndr", poison + ".ndr"));
        var decoded = Assert.IsType<ReportApdu>(P1Decoder.Decode(ndr).Apdu);
        var nonDelivery = Assert.IsType<NonDeliveryReport>(decoded.Content.Recipients[0].LastTrace.ReportType);
        Assert.Equal(11, (int)nonDelivery.Diagnostic!.Value);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.MtaData, "queue"), "*.p1"));
        var mta = await new Patcher.Lab.Platform.LabServiceControlManager(host.Paths).QueryStatusAsync("MSExchangeMTA");
        Assert.Equal(ServiceState.Running, mta.State);
        Assert.NotEqual(1067, mta.Win32ExitCode);
        host.AssertQueueDatabaseKept();

        var before = host.DriveSnapshot();
        var again = await RunAsync(host.Lab, host.LabRoot);

        Assert.True(again.ExitCode == 0, again.ToString());
        using (var report = again.Json())
        {
            Assert.Equal("compliant", report.RootElement.GetProperty("outcome").GetString());
            Assert.Empty(report.RootElement.GetProperty("fileChanges").EnumerateArray());
            Assert.DoesNotContain(report.RootElement.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() is "apply" or "stop-service");
        }

        Assert.Equal(before.Where(f => !f.Key.Contains("progress.json", StringComparison.Ordinal)), host.DriveSnapshot().Where(f => !f.Key.Contains("progress.json", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_UntrustedPackageOnACompliantHost_ErrorExit13_NothingTouched()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("sp4", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2653.23"), QueueLength = 0 });
        await PatcherProcess.RunAsync("lab", "start", lab.Root, "sp4");

        var run = await AgentRun.StartAsync(null, "run", "--package", package.PackagePath, "--trusted-signer", new string('A', 64), "--lab", host.Root, "--report-dir", Path.Combine(lab.Root, "reports"), "--json");

        // One rule: a refused package is an error wherever it was given, even where nothing needed it.
        Assert.True(run.ExitCode == 13, run.ToString());
        using var report = run.Json();
        Assert.Equal("error", report.RootElement.GetProperty("outcome").GetString());
        Assert.Contains("The package was refused", report.RootElement.GetProperty("outcomeReason").GetString(), StringComparison.Ordinal);
        Assert.Empty(report.RootElement.GetProperty("fileChanges").EnumerateArray());
    }

    [Fact]
    public async Task Run_ReportCannotBeWritten_Exit2AndSaysWhere()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("sp4", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2653.23"), QueueLength = 0 });
        await PatcherProcess.RunAsync("lab", "start", lab.Root, "sp4");
        var blocker = Path.Combine(lab.Root, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the report folder should be");

        var run = await AgentRun.StartAsync(null, "run", "--scan-only", "--lab", host.Root, "--report-dir", Path.Combine(blocker, "reports"));

        // The host is compliant, but the fleet would never hear of it: the run is not done.
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("outcome: compliant", run.Output, StringComparison.Ordinal);
        Assert.Contains("the host report could not be written to", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MtaFailsItsFirstTwoStarts_RecoversThroughRetries_AttemptsReported()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("flaky", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2650.24"), QueueLength = 3, StartFailures = 2 });
        await PatcherProcess.RunAsync("lab", "start", lab.Root, "flaky"); // the first start fails

        var run = await RunAsync(host.Root, lab.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = run.Json();
        Assert.Equal("patched-recovered", report.RootElement.GetProperty("outcome").GetString());
        var attempts = report.RootElement.GetProperty("restartAttempts").EnumerateArray().Where(a => a.GetProperty("service").GetString() == "MSExchangeMTA").ToArray();
        Assert.True(attempts.Length >= 2, run.Output);
        Assert.Equal("failed", attempts[0].GetProperty("result").GetString());
        Assert.Equal("running", attempts[^1].GetProperty("result").GetString());
    }

    [Fact]
    public async Task Run_MtaNeverStarts_RolledBackAndReportedFailed_WithEvidence()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("dead", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2650.24"), QueueLength = 3, StartFailures = 99 });
        var emsmta = Path.Combine(host.DriveC, "EXCHSRVR", "BIN", "EMSMTA.EXE");
        var original = File.ReadAllBytes(emsmta);
        await PatcherProcess.RunAsync("lab", "start", lab.Root, "dead");

        var run = await RunAsync(host.Root, lab.Root);

        Assert.True(run.ExitCode == 14, run.ToString());
        using var report = run.Json();
        var root = report.RootElement;
        Assert.Equal("failed", root.GetProperty("outcome").GetString());
        Assert.Equal(["after-apply", "after-rollback"], root.GetProperty("verifications").EnumerateArray().Select(v => v.GetProperty("phase").GetString()));
        Assert.All(root.GetProperty("verifications").EnumerateArray(), v =>
        {
            Assert.False(v.GetProperty("recovered").GetBoolean());
            var running = v.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "running-through-stability-window");
            Assert.False(running.GetProperty("held").GetBoolean());
            Assert.Contains("not running", running.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains(root.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() == "rollback" && a.GetProperty("result").GetString() == "succeeded");
        Assert.Contains(root.GetProperty("restartAttempts").EnumerateArray(), a => a.GetProperty("result").GetString() == "circuit-open");
        Assert.Equal(original, File.ReadAllBytes(emsmta));
    }

    [Fact]
    public async Task Run_PatchedFilesInPlaceButTheMtaLoadsAStaleEngine_RunningTheFixFails_NotRecoveredWithTheEvidence()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("stale", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2650.24"), QueueLength = 3, StaleEngine = true });
        var engine = Path.Combine(host.DriveC, "EXCHSRVR", "BIN", "X400OM.DLL");
        await PatcherProcess.RunAsync("lab", "start", lab.Root, "stale");

        var run = await RunAsync(host.Root, lab.Root);

        // Every other check holds (no poison queued, the MTA runs, the queue moves): only what it loaded tells.
        Assert.True(run.ExitCode is 12 or 14, run.ToString());
        using var report = run.Json();
        var root = report.RootElement;
        Assert.Contains(root.GetProperty("outcome").GetString(), new[] { "rolled-back", "failed" });
        var rounds = root.GetProperty("verifications").EnumerateArray().ToArray();
        Assert.Equal(["after-apply", "after-rollback"], rounds.Select(v => v.GetProperty("phase").GetString()));
        var afterApply = rounds[0];
        Assert.False(afterApply.GetProperty("recovered").GetBoolean());
        var checks = afterApply.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.All(checks.Where(c => c.Key != "running-the-fix"), c => Assert.True(c.Value.GetProperty("held").GetBoolean(), c.Value.ToString()));
        var evidence = checks["running-the-fix"].GetProperty("evidence").GetString();
        Assert.False(checks["running-the-fix"].GetProperty("held").GetBoolean());
        Assert.Contains(@"X400OM.DLL from C:\EXCHSRVR\MTADATA\X400OM.DLL (5.5.2650.24", evidence, StringComparison.Ordinal);
        Assert.Contains(@"not from C:\EXCHSRVR\BIN\X400OM.DLL", evidence, StringComparison.Ordinal);
        var loaded = afterApply.GetProperty("loadedModules").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m);
        Assert.Equal(@"C:\EXCHSRVR\MTADATA\X400OM.DLL", loaded["X400OM.DLL"].GetProperty("path").GetString());
        Assert.Equal("5.5.2650.24", loaded["X400OM.DLL"].GetProperty("version").GetString());
        Assert.Equal(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", loaded["EMSMTA.EXE"].GetProperty("path").GetString());
        Assert.Contains(root.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() == "rollback");
        Assert.Equal("5.5.2650.24", Patcher.Core.Versioning.PeVersionReader.Read(engine).FileVersion.ToString()); // the originals are back
    }

    private Task<AgentRun> RunAsync(string labHost, string labRoot) =>
        AgentRun.StartAsync(null, "run", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", labHost, "--report-dir", Path.Combine(labRoot, "reports"), "--json");
}
