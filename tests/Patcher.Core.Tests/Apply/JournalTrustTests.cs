using System.Text.Json.Nodes;
using Patcher.Core.Apply;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// A journal rewritten by someone who can write the state folder cannot steer recovery (run as SYSTEM) to delete or
/// write anything outside the installation: it is refused before anything is done.
/// </summary>
public sealed class JournalTrustTests
{
    public static TheoryData<string, string, string> Rewrites => new()
    {
        { "target outside the installation, no original", "files/0/target", @"C:\WINDOWS\system32\drivers\etc\hosts" },
        { "target escaping with ..", "files/0/target", @"C:\EXCHSRVR\BIN\..\..\WINDOWS\win.ini" },
        { "target in the state folder", "files/0/target", @"C:\EXCHSRVR\Patcher\journal.json" },
        { "backup outside the state folder", "files/0/backup", @"C:\WINDOWS\evil.dll" },
        { "staged copy on another drive", "files/0/staged", @"D:\share\payload.dll" },
        { "backup folder outside", "backupFolder", @"C:\" },
    };

    [Theory]
    [MemberData(nameof(Rewrites))]
    public async Task Recover_RewrittenJournal_RefusedNothingTouched(string @case, string field, string value)
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        // An apply killed after its swap: recovery would finish or undo what the journal names.
        await Assert.ThrowsAsync<SimulatedCrash>(() => new HotfixApplier(host.Platform, host.Restarter, CrashPoints.CrashAt("swap:1")).ApplyAsync(plan, package));
        var journalPath = host.Local(@"C:\EXCHSRVR\Patcher\journal.json");
        var journal = JsonNode.Parse(File.ReadAllText(journalPath))!;
        var parts = field.Split('/');
        var node = parts.Length == 1 ? journal : journal[parts[0]]![int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)]!;
        node[parts[^1]] = value;
        if (field == "files/0/target")
        {
            node["originalSha256"] = null; // "did not exist before": recovery would delete the target
        }

        File.WriteAllText(journalPath, journal.ToJsonString());
        var before = host.Snapshot();

        var refusal = await Assert.ThrowsAsync<ApplyException>(() => new JournalRecovery(host.Platform, host.Restarter).RecoverAsync(@"C:\EXCHSRVR"));

        Assert.True(refusal.Code == ApplyException.JournalUnreadable, @case);
        Assert.Contains("not trusted", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, host.Snapshot());
    }

    [Theory]
    [InlineData(@"C:\EXCHSRVR\BIN\X400OM.DLL", @"C:\EXCHSRVR", true)]
    [InlineData(@"c:/exchsrvr/bin/x400om.dll", @"C:\EXCHSRVR", true)]
    [InlineData(@"C:\EXCHSRVR", @"C:\EXCHSRVR", false)]
    [InlineData(@"C:\EXCHSRVR2\BIN\X400OM.DLL", @"C:\EXCHSRVR", false)]
    [InlineData(@"C:\EXCHSRVR\BIN\.\X400OM.DLL", @"C:\EXCHSRVR", false)]
    [InlineData(@"C:\EXCHSRVR\BIN\X400OM.DLL:evil", @"C:\EXCHSRVR", false)]
    [InlineData(@"C:\EXCHSRVR\BIN\X400OM.DLL.", @"C:\EXCHSRVR", false)]
    [InlineData(@"C:\EXCHSRVR\\BIN", @"C:\EXCHSRVR", false)]
    public void Inside_PlainPathsStrictlyBelow(string path, string folder, bool inside) =>
        Assert.Equal(inside, JournalPaths.Inside(path, folder));
}
