using System.Text.Json;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.Lab.Tests.Apply;
using Patcher.Lab.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Patcher.Lab.Tests.Run;

/// <summary>
/// The measurement asked for in issue 5, printed, not asserted: a lab MTA's own stop+start (dependents stopped first,
/// MTA started, reported running) against the patch's downtime (apply started → stop, swap, start → verified running
/// through the stability window), on the same host. Run with <c>--logger "console;verbosity=detailed"</c> to see it.
/// </summary>
public sealed class PatchDowntimeMeasurement(SignedHotfixPackage package, ITestOutputHelper output) : IClassFixture<SignedHotfixPackage>
{
    [Fact]
    public async Task Downtime_PlainRestartVersusPatch_Printed()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("sp2", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2448.1"), QueueLength = 3 });
        Assert.Equal(0, (await PatcherProcess.RunAsync("lab", "start", lab.Root, "sp2")).ExitCode);
        var scm = new LabServiceControlManager(host);

        var plain = TimeProvider.System.GetTimestamp();
        foreach (var service in new[] { "MSExchangeIMC", "MSExchangeDX", "MSExchangeMTA" })
        {
            await scm.StopAsync(service);
            Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(service)).State == ServiceState.Stopped, TimeSpan.FromSeconds(30)));
        }

        var stopped = TimeProvider.System.GetElapsedTime(plain);
        await scm.StartAsync("MSExchangeMTA");
        Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync("MSExchangeMTA")).State == ServiceState.Running, TimeSpan.FromSeconds(30)));
        var plainRestart = TimeProvider.System.GetElapsedTime(plain);
        foreach (var service in new[] { "MSExchangeDX", "MSExchangeIMC" })
        {
            await scm.StartAsync(service);
            Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(service)).State == ServiceState.Running, TimeSpan.FromSeconds(30)));
        }

        var run = await AgentRun.StartAsync(null, "run", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", host.Root, "--report-dir", Path.Combine(lab.Root, "reports"), "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = run.Json();
        var actions = report.RootElement.GetProperty("actions").EnumerateArray().ToArray();
        var apply = actions.Single(a => a.GetProperty("name").GetString() == "apply");
        var verify = actions.Single(a => a.GetProperty("name").GetString() == "verify");
        var applyTime = apply.GetProperty("finishedAt").GetDateTimeOffset() - apply.GetProperty("startedAt").GetDateTimeOffset();
        var verifyTime = verify.GetProperty("finishedAt").GetDateTimeOffset() - verify.GetProperty("startedAt").GetDateTimeOffset();
        var downtime = verify.GetProperty("finishedAt").GetDateTimeOffset() - apply.GetProperty("startedAt").GetDateTimeOffset();

        output.WriteLine($"plain MTA stop (dependents first): {stopped.TotalSeconds:0.00} s; stop+start to running: {plainRestart.TotalSeconds:0.00} s");
        output.WriteLine($"patch: apply (stage, stop, back up, swap, start) {applyTime.TotalSeconds:0.00} s + verify (stability window {LabSettingsWindow(lab.Root)} s) {verifyTime.TotalSeconds:0.00} s = stop to verified-running at most {downtime.TotalSeconds:0.00} s");
        Console.WriteLine($"[downtime] plain stop+start {plainRestart.TotalSeconds:0.00} s | patch apply {applyTime.TotalSeconds:0.00} s, verified running after {downtime.TotalSeconds:0.00} s");
    }

    private static int LabSettingsWindow(string labRoot) => LabSettings.Load(labRoot).StabilityWindowSeconds;
}
