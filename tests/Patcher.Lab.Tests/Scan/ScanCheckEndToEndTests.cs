using System.Text.Json;
using Patcher.Lab.Tests.EndToEnd;

namespace Patcher.Lab.Tests.Scan;

/// <summary>
/// <c>patcher scan</c> and <c>patcher check</c> against lab hosts whose services are real processes, run as an operator
/// would (<c>dotnet patcher-lab.dll</c>). Every lab is killed and deleted on dispose, whether the test passed or not.
/// </summary>
public sealed class ScanCheckEndToEndTests : IDisposable
{
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public async Task Check_PoisonedSp3Host_VulnerableAndHung_ThenAfterRestartStoppedWith1067()
    {
        await AddAndStartAsync("sp3", "--version", "5.5.2650.24", "--queue", "5", "--poison", "1");

        // The lab's own window (lab.json, 5 s) applies without --hung-after.
        var hung = await CheckUntilAsync("sp3", h => h.GetProperty("verdict").GetString() == "hung", TimeSpan.FromSeconds(20));
        Assert.Equal(11, hung.ExitCode);
        var installation = Single(hung.Document);
        Assert.Equal("vulnerable", installation.GetProperty("assessment").GetProperty("verdict").GetString());
        Assert.Equal(5, hung.Document.RootElement.GetProperty("hungAfterSeconds").GetDouble());
        var health = installation.GetProperty("health");
        Assert.Equal("running", health.GetProperty("serviceState").GetString());
        Assert.True(health.GetProperty("queue").GetProperty("queueLength").GetInt32() > 0);
        Assert.Equal("5.5.2650.24", File(installation, "EMSMTA.EXE").GetProperty("version").GetString());
        Assert.Equal("5.5.2650.24", File(installation, "X400OM.DLL").GetProperty("version").GetString());

        var stop = await PatcherProcess.RunAsync("lab", "stop", _lab.Root, "sp3");
        Assert.True(stop.ExitCode == 0, stop.Output + stop.Error);
        await PatcherProcess.RunAsync("lab", "start", _lab.Root, "sp3"); // the MTA dies on the poison message: not every service comes up

        var crashed = await CheckUntilAsync("sp3", h => h.GetProperty("verdict").GetString() == "stopped-with-1067", TimeSpan.FromSeconds(20));
        Assert.Equal(11, crashed.ExitCode);
        var after = Single(crashed.Document).GetProperty("health");
        Assert.Equal("stopped", after.GetProperty("serviceState").GetString());
        Assert.Equal(1067, after.GetProperty("win32ExitCode").GetInt32());
        Assert.Contains(after.GetProperty("scmEvents").EnumerateArray(), e => e.GetProperty("eventId").GetInt32() == 7034);

        var table = await PatcherProcess.RunAsync("check", "--lab", HostPath("sp3"));
        Assert.Equal(11, table.ExitCode);
        Assert.Contains("stopped-with-1067", table.Output, StringComparison.Ordinal);
        Assert.Contains("result: vulnerable (exit 11)", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Sp4Host_MeetsBaselineAndHealthy()
    {
        await AddAndStartAsync("sp4", "--version", "5.5.2653.23", "--queue", "3");

        var result = await CheckUntilAsync("sp4", h => h.GetProperty("verdict").GetString() == "healthy", TimeSpan.FromSeconds(20));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ok", result.Document.RootElement.GetProperty("result").GetString());
        var installation = Single(result.Document);
        Assert.Equal("meets-baseline", installation.GetProperty("assessment").GetProperty("verdict").GetString());
        Assert.Equal("MSExchangeMTA", installation.GetProperty("serviceName").GetString());
        var running = installation.GetProperty("runningTheFix");
        Assert.Equal("held", running.GetProperty("state").GetString());
        Assert.Contains(@"X400OM.DLL from C:\EXCHSRVR\BIN\X400OM.DLL (5.5.2653.23", running.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Sp4FilesButTheMtaLoadsAStaleEngineCopy_FixNotRunningExit19()
    {
        await AddAndStartAsync("stale", "--version", "5.5.2653.23", "--stale-engine");

        var result = await RunJsonAsync("check", "stale");

        Assert.Equal(19, result.ExitCode);
        Assert.Equal("fix-not-running", result.Document.RootElement.GetProperty("result").GetString());
        var installation = Single(result.Document);
        Assert.Equal("fix-not-running", installation.GetProperty("assessment").GetProperty("verdict").GetString());
        Assert.Equal("5.5.2653.23", File(installation, "X400OM.DLL").GetProperty("version").GetString()); // the files carry the fix
        var running = installation.GetProperty("runningTheFix");
        Assert.Equal("failed", running.GetProperty("state").GetString());
        Assert.Contains(@"X400OM.DLL from C:\EXCHSRVR\MTADATA\X400OM.DLL", running.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Contains(@"not from C:\EXCHSRVR\BIN\X400OM.DLL", running.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_HalfPatchedHost_Caught()
    {
        await AddAndStartAsync("half", "--version", "5.5.2650.24", "--engine-version", "5.5.2653.23");

        var result = await RunJsonAsync("check", "half");

        Assert.Equal(15, result.ExitCode);
        var assessment = Single(result.Document).GetProperty("assessment");
        Assert.Equal("half-patched", assessment.GetProperty("verdict").GetString());
        var classifications = assessment.GetProperty("evidence").EnumerateArray()
            .Where(e => e.TryGetProperty("classification", out _))
            .ToDictionary(e => e.GetProperty("item").GetString()!, e => e.GetProperty("classification").GetString());
        Assert.Equal("vulnerable", classifications["EMSMTA.EXE"]);
        Assert.Equal("meets-baseline", classifications["X400OM.DLL"]);
    }

    [Fact]
    public async Task ScanAndCheck_HostWithoutMta_ReportNone()
    {
        await AddAndStartAsync("nomta", "--version", "5.5.2653.23", "--no-mta");

        var check = await RunJsonAsync("check", "nomta");
        var scan = await RunJsonAsync("scan", "nomta");
        var table = await PatcherProcess.RunAsync("scan", "--lab", HostPath("nomta"));

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(0, check.Document.RootElement.GetProperty("installations").GetArrayLength());
        Assert.Equal(0, scan.ExitCode);
        Assert.Equal(0, scan.Document.RootElement.GetProperty("installations").GetArrayLength());
        Assert.Contains("no MTA installation found", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_HostNotStarted_ExitsWith2SayingHowToStartIt()
    {
        var add = await PatcherProcess.RunAsync("lab", "add-host", _lab.Root, "idle", "--version", "5.5.2653.23");
        Assert.True(add.ExitCode == 0, add.Error);

        var scan = await PatcherProcess.RunAsync("scan", "--lab", HostPath("idle"));

        Assert.Equal(2, scan.ExitCode);
        Assert.Contains("patcher-lab lab start", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_LabDisposed_NoProcessOutlivesIt()
    {
        int[] pids;
        using (var lab = new TempLab())
        {
            var add = await PatcherProcess.RunAsync("lab", "add-host", lab.Root, "gone", "--version", "5.5.2650.24", "--queue", "2", "--poison", "1");
            Assert.True(add.ExitCode == 0, add.Error);
            await PatcherProcess.RunAsync("lab", "start", lab.Root, "gone");
            var scan = await PatcherProcess.RunAsync("scan", "--lab", Path.Combine(lab.Root, "gone"), "--json");
            Assert.True(scan.ExitCode == 0, scan.Error);
            var status = await PatcherProcess.RunAsync("lab", "status", lab.Root, "--json");
            using var document = JsonDocument.Parse(status.Output);
            var host = document.RootElement.GetProperty("hosts")[0];
            pids = [host.GetProperty("daemonProcessId").GetInt32(), .. host.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("processId").GetInt32()).Where(pid => pid > 0)];
            Assert.NotEmpty(pids);
        }

        Assert.True(await Eventually.TrueAsync(() => pids.All(pid => !Directory.Exists($"/proc/{pid}"))), "lab processes outlived the lab");
    }

    private string HostPath(string name) => Path.Combine(_lab.Root, name);

    private async Task AddAndStartAsync(string name, params string[] options)
    {
        var add = await PatcherProcess.RunAsync(["lab", "add-host", _lab.Root, name, .. options]);
        Assert.True(add.ExitCode == 0, add.Output + add.Error);
        var start = await PatcherProcess.RunAsync("lab", "start", _lab.Root, name);
        Assert.True(start.ExitCode == 0, start.Output + start.Error);
    }

    private async Task<JsonRun> RunJsonAsync(string command, string host)
    {
        var run = await PatcherProcess.RunAsync(command, "--lab", HostPath(host), "--json");
        Assert.True(run.Output.Length > 0, $"exit {run.ExitCode}: {run.Error}");
        return new JsonRun(run.ExitCode, JsonDocument.Parse(run.Output));
    }

    /// <summary>Runs <c>check --json</c> until the only installation's health satisfies <paramref name="condition"/>.</summary>
    private async Task<JsonRun> CheckUntilAsync(string host, Func<JsonElement, bool> condition, TimeSpan within)
    {
        JsonRun? last = null;
        var reached = await Eventually.TrueAsync(
            async () =>
            {
                last = await RunJsonAsync("check", host);
                return condition(Single(last.Document).GetProperty("health"));
            },
            within);
        Assert.True(reached, $"health never matched; last: {Single(last!.Document).GetProperty("health")}");
        return last!;
    }

    private static JsonElement Single(JsonDocument document) =>
        Assert.Single(document.RootElement.GetProperty("installations").EnumerateArray());

    private static JsonElement File(JsonElement installation, string name) =>
        installation.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    private sealed record JsonRun(int ExitCode, JsonDocument Document);
}
