using Patcher.Core.Apply;
using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// Issue 13: the MTA is down only for the swap. Between the moment its stop takes effect and the moment its start is
/// asked, apply writes no file but the journal (twice) and renames the staged files over their targets: staging, the
/// backup copies and their flushes are all done before the first stop.
/// </summary>
public sealed class HotfixApplierDowntimeTests
{
    private const string Mta = "MSExchangeMTA";

    /// <summary>Held by the apply: not readable, and not a copy.</summary>
    private const string Lock = "exchsrvr/patcher/patcher.lock";

    [Fact]
    public async Task Apply_WhileMtaIsDown_OnlyTheSwapIsJournaled_NoCopyWritten()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var down = false;
        var journaledWhileDown = new List<string>();
        SortedDictionary<string, string>? atStop = null, atStart = null;
        host.Scm.Changing = call =>
        {
            if (call == "stop " + Mta)
            {
                (down, atStop) = (true, host.Snapshot(except: Lock));
            }
            else if (call == "start " + Mta)
            {
                (down, atStart) = (false, host.Snapshot(except: Lock));
            }
        };
        var options = new ApplyOptions { JournalWritten = (step, item) => { if (down) { journaledWhileDown.Add(item is null ? step : $"{step}:{item}"); } } };

        var result = await new HotfixApplier(host.Platform, host.Restarter, options).ApplyAsync(plan, package);

        Assert.Equal(ApplyOutcome.Applied, result.Outcome);
        Assert.Equal(["swap"], journaledWhileDown);
        Assert.NotNull(atStop);
        Assert.NotNull(atStart);
        var added = atStart.Keys.Except(atStop.Keys).ToArray();
        var removed = atStop.Keys.Except(atStart.Keys).ToArray();
        var changed = atStop.Keys.Intersect(atStart.Keys).Where(key => atStop[key] != atStart[key]).Order(StringComparer.Ordinal).ToArray();
        Assert.Empty(added); // no staged copy, no backup copy written while the MTA is down
        Assert.All(removed, key => Assert.Contains("/staging/", key, StringComparison.Ordinal)); // the staged files, renamed away
        Assert.Equal(plan.Files.Count, removed.Length);
        Assert.Equal(["exchsrvr/bin/emsmta.exe", "exchsrvr/bin/x400om.dll", "exchsrvr/patcher/journal.json"], changed);
    }

    [Fact]
    public async Task Apply_TargetChangedBetweenBackupAndStop_Undone_TheChangeKept_NothingSwapped()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);
        var dll = plan.Files.Single(f => f.HostPath.EndsWith("X400OM.DLL", StringComparison.OrdinalIgnoreCase)).HostPath;
        var exe = plan.Files.Single(f => f.HostPath.EndsWith("EMSMTA.EXE", StringComparison.OrdinalIgnoreCase));
        byte[] changedBySomeoneElse = [0x4D, 0x5A, 0x01, 0x02];
        host.Scm.Changing = call =>
        {
            if (call == "stop " + Mta)
            {
                File.WriteAllBytes(host.Local(dll), changedBySomeoneElse);
            }
        };

        var result = await new HotfixApplier(host.Platform, host.Restarter).ApplyAsync(plan, package);

        Assert.Equal(ApplyOutcome.Undone, result.Outcome);
        Assert.Contains("no file was replaced", result.Message, StringComparison.Ordinal);
        Assert.Contains("changed after it was backed up", result.Message, StringComparison.Ordinal);
        Assert.Equal(changedBySomeoneElse, File.ReadAllBytes(host.Local(dll)));
        Assert.Equal(exe.CurrentSha256, host.Hash(exe.HostPath));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
    }
}
