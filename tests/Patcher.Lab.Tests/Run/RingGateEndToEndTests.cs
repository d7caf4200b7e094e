using System.Text.Json;
using Patcher.Core.Configuration;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Registry;
using Patcher.Lab.Tests.Apply;
using Patcher.Lab.Tests.EndToEnd;

namespace Patcher.Lab.Tests.Run;

/// <summary>Rollout rings end to end (issue 14): a broad-ring host held by a missing, forged and closed gate, then let through by an open one.</summary>
public sealed class RingGateEndToEndTests(SignedHotfixPackage package) : IClassFixture<SignedHotfixPackage>
{
    [Fact]
    public async Task Run_BroadRing_HeldWhileItsGateIsMissingForgedOrClosed_AppliesOnceReportOpensIt()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("broad1", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2650.24"), QueueLength = 0 });
        var share = Path.Combine(lab.Root, "share");
        Directory.CreateDirectory(share);
        var registry = new LabRegistry(host.RegistryFile);
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.Ring, RegistryValue.Sz("broad"));
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.ReportShare, RegistryValue.Sz(share));
        var emsmta = Path.Combine(host.DriveC, "EXCHSRVR", "BIN", "EMSMTA.EXE");
        var original = File.ReadAllBytes(emsmta);
        await PatcherProcess.RunAsync("lab", "start", lab.Root, "broad1");

        // No gate yet: held, nothing touched, the ring in the report.
        var missing = await RunAsync(host.Root, lab.Root);
        AssertHeld(missing, "does not exist");
        Assert.Equal(original, File.ReadAllBytes(emsmta));

        // A gate that says open for another ring is forged or misplaced: it holds, it never lets through.
        var gate = Path.Combine(share, "gates", "broad.json");
        Directory.CreateDirectory(Path.GetDirectoryName(gate)!);
        await File.WriteAllTextAsync(gate, """{"format":"patcher-ring-gate 1","ring":"pilot","state":"open","decidedAt":"2026-01-01T00:00:00Z","ringsBefore":[],"minRecoveredHosts":0,"maxFailurePercent":100,"deferralHours":0,"recovered":0,"failing":0,"failurePercent":0,"reason":"forged"}""");
        AssertHeld(await RunAsync(host.Root, lab.Root), "forged or misplaced");
        await File.WriteAllBytesAsync(gate, new byte[100_000]);
        AssertHeld(await RunAsync(host.Root, lab.Root), "cap for this file");

        // report --gates: no pilot or early host has recovered, so broad's gate is closed, with its figures.
        var closed = await PatcherProcess.RunAsync("report", share, "--gates", "--policy-of", host.Root);
        Assert.True(closed.ExitCode == 20, $"{closed.Output}\n{closed.Error}");
        Assert.Contains("gate broad: closed", closed.Output, StringComparison.Ordinal);
        using (var written = JsonDocument.Parse(await File.ReadAllBytesAsync(gate)))
        {
            Assert.Equal("closed", written.RootElement.GetProperty("state").GetString());
            Assert.Equal(0, written.RootElement.GetProperty("recovered").GetInt32());
            Assert.Equal(["pilot", "early"], written.RootElement.GetProperty("ringsBefore").EnumerateArray().Select(r => r.GetString()));
        }

        AssertHeld(await RunAsync(host.Root, lab.Root), "too few recovered hosts");
        Assert.Equal(original, File.ReadAllBytes(emsmta));

        // Policy asks for no recovered host: the report opens the gate, and the next run applies.
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.GateMinRecoveredHosts, RegistryValue.DWord(0));
        var open = await PatcherProcess.RunAsync("report", share, "--gates", "--policy-of", host.Root);
        Assert.Contains("gate broad: open", open.Output, StringComparison.Ordinal);
        var applied = await RunAsync(host.Root, lab.Root);
        Assert.True(applied.ExitCode == 0, applied.ToString());
        using var report = applied.Json();
        Assert.Equal("patched-recovered", report.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("broad", report.RootElement.GetProperty("ring").GetString());
        Assert.NotEqual(original, File.ReadAllBytes(emsmta));
    }

    private static void AssertHeld(AgentRun run, string why)
    {
        Assert.True(run.ExitCode == 20, run.ToString());
        using var report = run.Json();
        var root = report.RootElement;
        Assert.Equal("held", root.GetProperty("outcome").GetString());
        Assert.Equal("broad", root.GetProperty("ring").GetString());
        Assert.Contains(why, root.GetProperty("outcomeReason").GetString(), StringComparison.Ordinal);
        Assert.Empty(root.GetProperty("fileChanges").EnumerateArray());
        Assert.Contains(root.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() == "ring-gate" && a.GetProperty("result").GetString() == "skipped");
        Assert.DoesNotContain(root.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() is "apply" or "stop-service");
    }

    private Task<AgentRun> RunAsync(string labHost, string labRoot) =>
        AgentRun.StartAsync(null, "run", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", labHost, "--report-dir", Path.Combine(labRoot, "reports"), "--json");
}
