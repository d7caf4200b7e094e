using Patcher.Core.Apply;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// An apply fails at its second swap and its undo cannot write the journal (a folder stands where journal.json is
/// renamed into place, as a full disk refuses the write): the undo goes on without it and starts the services again, or,
/// when the files cannot be made consistent, says in one line which services are stopped and why (issue 12).
/// </summary>
public sealed class UndoWithoutJournalTests
{
    private const string Root = @"C:\EXCHSRVR";

    [Fact]
    public async Task Apply_UndoCannotWriteItsJournal_FilesOriginal_ServicesStartedAnyway()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);

        var failure = await Assert.ThrowsAsync<ApplyException>(() => new HotfixApplier(host.Platform, host.Restarter, Faults(host, keepBackup: true)).ApplyAsync(plan, package));

        Assert.Equal(ApplyException.RecoveryFailed, failure.Code);
        Assert.Contains("The journal could not be written", failure.Message, StringComparison.Ordinal);
        Assert.Contains("The services it stopped run again: MSExchangeMTA, MSExchangeDX, MSExchangeIMC.", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.All(plan.Files, file => Assert.Equal(file.CurrentSha256, host.Hash(file.HostPath)));
        Assert.All(host.Scm.States.Values, state => Assert.Equal(ServiceState.Running, state));
        Assert.Contains(HostReportEvents.JournalNotWritten, host.PatcherEvents);
    }

    [Fact]
    public async Task Apply_UndoCannotWriteItsJournalNorRestore_ServicesLeftStopped_NamedWithWhy()
    {
        using var host = new ApplyHost();
        var package = FolderPackage.Q248732();
        var plan = await host.PlanAsync(package);

        var failure = await Assert.ThrowsAsync<ApplyException>(() => new HotfixApplier(host.Platform, host.Restarter, Faults(host, keepBackup: false)).ApplyAsync(plan, package));

        Assert.Equal(ApplyException.ServicesLeftStopped, failure.Code);
        Assert.Contains("The journal could not be written", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Services left stopped: MSExchangeIMC, MSExchangeDX, MSExchangeMTA: Patcher does not start them on files that may be mixed", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Contains(HostReportEvents.ServicesLeftStopped, host.PatcherEvents);
    }

    /// <summary>
    /// After the swap is journaled: the journal becomes unwritable and the second staged copy vanishes (the first file is
    /// swapped, the second fails);
    /// without <paramref name="keepBackup"/> the first backup vanishes too (the undo cannot restore EMSMTA.EXE).
    /// </summary>
    private static ApplyOptions Faults(ApplyHost host, bool keepBackup) => JournalFaults.At(("swap:1", () =>
    {
        var state = host.Local(Root + @"\Patcher");
        var anyCase = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = true };
        File.Delete(Directory.EnumerateFiles(Path.Combine(state, "staging"), "2-*", anyCase).Single());
        if (!keepBackup)
        {
            File.Delete(Directory.EnumerateFiles(Path.Combine(state, "backup"), "EMSMTA.EXE", anyCase).Single());
        }

        JournalFaults.Block(Path.Combine(state, "journal.json"));
    }));
}
