using Patcher.Core.Apply;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// The state folder as a trust boundary, with the POSIX implementation the lab uses: created 0700, and a journal in a
/// folder its group or others may write is refused before it is read (AP018), with nothing done (issue 12).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StateFolderTrustTests
{
    private const string Root = @"C:\EXCHSRVR";

    [Fact]
    public async Task Apply_CreatesTheStateFolder_OwnerOnly()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();

        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(host.Local(Root + @"\Patcher")));
    }

    [Theory]
    [InlineData(UnixFileMode.GroupWrite, "its group")]
    [InlineData(UnixFileMode.OtherWrite, "others")]
    public async Task RollBack_StateFolderWritableByOthers_Refused_NothingDone(UnixFileMode extra, string who)
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(await host.PlanAsync(package), package);
        var folder = host.Local(Root + @"\Patcher");
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | extra);
        var before = host.Snapshot();
        host.Scm.Calls.Clear();

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => new HotfixRollback(host.Platform, host.Restarter).RollBackAsync(Root));

        Assert.Equal(ApplyException.StateFolderNotTrusted, refusal.Code);
        Assert.Contains($"lets {who} write in it", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal.Message);
        Assert.Equal(before, host.Snapshot());
        Assert.Empty(host.Scm.Calls);
        Assert.Contains(HostReportEvents.StateFolderNotTrusted, host.PatcherEvents);
    }

    [Fact]
    public async Task Recovery_UnfinishedJournalInAFolderOthersMayWrite_Refused_NothingDone()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixApplier(host.Platform, host.Restarter, CrashPoints.CrashAt("swap:1")).ApplyAsync(plan, package));
        var folder = host.Local(Root + @"\Patcher");
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherWrite);
        var before = host.Snapshot();
        var states = new Dictionary<string, ServiceState>(host.Scm.States);

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(Root));

        Assert.Equal(ApplyException.StateFolderNotTrusted, refusal.Code);
        Assert.Equal(before, host.Snapshot());
        Assert.Equal(states, host.Scm.States);
    }
}
