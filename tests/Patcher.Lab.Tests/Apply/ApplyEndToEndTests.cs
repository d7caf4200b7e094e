using System.Text.Json;
using Patcher.Core.Platform;
using Patcher.Lab.Tests.EndToEnd;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// <c>patcher apply</c>, <c>rollback</c> and <c>check</c> on lab hosts whose services are real processes, with the real
/// signed package, run as an operator would (<c>dotnet patcher-lab.dll</c>).
/// </summary>
public sealed class ApplyEndToEndTests(SignedHotfixPackage package) : IClassFixture<SignedHotfixPackage>
{
    [Fact]
    public async Task Apply_PoisonedSp3Host_PatchedAndMeetsBaseline_ReapplyNothingToDo_RollbackRestores()
    {
        using var host = await PoisonedSp3Host.StartAsync();
        await host.WaitUntilHungAsync();

        var apply = await ApplyAsync(host);

        Assert.True(apply.ExitCode == 0, apply.ToString());
        using (var document = apply.Json())
        {
            Assert.Equal("applied", document.RootElement.GetProperty("result").GetString());
            Assert.Equal(["MSExchangeIMC", "MSExchangeDX", "MSExchangeMTA"], document.RootElement.GetProperty("plan").GetProperty("stopOrder").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        }

        Assert.True(host.AllPatched(package));
        host.AssertBackupsAreOriginals(required: true);
        Assert.All((await host.ServiceStatesAsync()).Values, state => Assert.Equal(ServiceState.Running, state));

        // The patched MTA rejects the poison message with an NDR and drains the queue: check sees the fix and the health.
        Assert.True(await Eventually.TrueAsync(async () => (await PatcherProcess.RunAsync("check", "--lab", host.Lab)).ExitCode == 0, TimeSpan.FromSeconds(30)));
        var check = await PatcherProcess.RunAsync("check", "--lab", host.Lab, "--json");
        using (var document = JsonDocument.Parse(check.Output))
        {
            var installation = document.RootElement.GetProperty("installations")[0];
            Assert.Equal("meets-baseline", installation.GetProperty("assessment").GetProperty("verdict").GetString());
        }

        host.AssertQueueDatabaseKept();
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(host.MtaData, "rejected")));
        var before = host.DriveSnapshot();

        var again = await ApplyAsync(host);

        Assert.True(again.ExitCode == 0, again.ToString());
        using (var document = again.Json())
        {
            Assert.Equal("nothing-to-do", document.RootElement.GetProperty("result").GetString());
        }

        Assert.Equal(before, host.DriveSnapshot());

        var rollback = await AgentRun.StartAsync(null, "rollback", "--lab", host.Lab, "--json");

        Assert.True(rollback.ExitCode == 0, rollback.ToString());
        Assert.True(host.AllOriginal);
        host.AssertBackupsAreOriginals(required: true);
        Assert.All((await host.ServiceStatesAsync()).Values, state => Assert.Equal(ServiceState.Running, state));
        host.AssertQueueDatabaseKept();

        var twice = await AgentRun.StartAsync(null, "rollback", "--lab", host.Lab, "--json");
        Assert.True(twice.ExitCode == 1, twice.ToString());
    }

    [Fact]
    public async Task WhatIf_PrintsEachFileAndTheServices_ChangesNothing()
    {
        using var host = await PoisonedSp3Host.StartAsync();
        await host.WaitUntilHungAsync();
        var before = host.DriveSnapshot();

        var plan = await AgentRun.StartAsync(null, "apply", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", host.Lab, "--what-if");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains(@"C:\EXCHSRVR\BIN\X400OM.DLL: 5.5.2650.24 -> 5.5.2653.23", plan.Output, StringComparison.Ordinal);
        Assert.Contains($"{host.Originals[@"BIN\X400OM.DLL"]} -> {package.Hashes[@"BIN\X400OM.DLL"]}", plan.Output, StringComparison.Ordinal);
        Assert.Contains("stop, in order:  MSExchangeIMC (Running), MSExchangeDX (Running), MSExchangeMTA (Running)", plan.Output, StringComparison.Ordinal);
        Assert.Contains("start, in order: MSExchangeMTA, MSExchangeDX, MSExchangeIMC", plan.Output, StringComparison.Ordinal);
        Assert.Equal(before, host.DriveSnapshot());
    }

    [Fact]
    public async Task KillPoints_AreEveryStepARealApplyAndRollbackJournal()
    {
        using var host = await PoisonedSp3Host.StartAsync();

        Assert.True((await ApplyAsync(host)).ExitCode == 0);
        Assert.Equal(ApplyKillPoints.Apply, JournalSteps(host));
        Assert.True((await AgentRun.StartAsync(null, "rollback", "--lab", host.Lab)).ExitCode == 0);
        Assert.Equal(ApplyKillPoints.Rollback, JournalSteps(host));
    }

    [Theory]
    [InlineData("untrusted")]
    [InlineData("tampered")]
    [InlineData("unsigned")]
    public async Task Refused_BadPackage_Exit1_DriveByteForByteUnchanged(string problem)
    {
        using var host = await PoisonedSp3Host.StartAsync();
        await host.WaitUntilHungAsync();
        var path = Path.Combine(package.Folder, $"{problem}-{Guid.NewGuid():N}.nupkg");
        var bytes = File.ReadAllBytes(package.PackagePath);
        var signer = problem == "untrusted" ? new string('A', 64) : package.Fingerprint;
        if (problem == "tampered")
        {
            bytes[bytes.Length / 3] ^= 0xFF;
        }

        if (problem == "unsigned")
        {
            bytes = Patcher.Lab.Packages.LabHotfixPackage.BuildUnsigned(Path.Combine(AppContext.BaseDirectory, Patcher.Lab.Packages.LabHotfixPackage.EngineFileName));
        }

        File.WriteAllBytes(path, bytes);
        var before = host.DriveSnapshot();

        var run = await AgentRun.StartAsync(null, "apply", "--package", path, "--trusted-signer", signer, "--lab", host.Lab, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var document = run.Json();
        Assert.Equal("refused", document.RootElement.GetProperty("result").GetString());
        Assert.StartsWith("PKG", document.RootElement.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, host.DriveSnapshot());
    }

    [Theory]
    [InlineData("5.5.2654.39", "PKG042")] // post-SP4: would be a downgrade
    [InlineData("6.0.4417.5", "PKG040")]  // another product version
    public async Task Refused_NotApplicable_Exit1_DriveByteForByteUnchanged(string version, string code)
    {
        using var host = await PoisonedSp3Host.StartAsync(version, queue: 0, poison: 0);
        var before = host.DriveSnapshot();

        var run = await ApplyAsync(host);

        Assert.True(run.ExitCode == 1, run.ToString());
        using var document = run.Json();
        Assert.Equal(code, document.RootElement.GetProperty("code").GetString());
        Assert.Equal(before, host.DriveSnapshot());
    }

    private Task<AgentRun> ApplyAsync(PoisonedSp3Host host, string? killAt = null) =>
        AgentRun.StartAsync(killAt, "apply", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--lab", host.Lab, "--json");

    private static string[] JournalSteps(PoisonedSp3Host host)
    {
        using var journal = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(host.StateFolder, "journal.json")));
        return ApplyKillPoints.Numbered(journal.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()!));
    }
}
