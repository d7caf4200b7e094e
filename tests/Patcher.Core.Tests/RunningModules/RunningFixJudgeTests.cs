using Patcher.Core.Assessment;
using Patcher.Core.RunningModules;
using Patcher.Core.Verification;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.RunningModules;

public sealed class RunningFixJudgeTests
{
    private const string Engine = @"C:\EXCHSRVR\BIN\X400OM.DLL";
    private static readonly string Hash = new('a', 64);
    private static readonly RunningFixExpectation Fix = new([new ExpectedModule("X400OM.DLL", Engine, Hash)], FixBaseline.Q248732, "the package's payload");

    [Fact]
    public void Judge_InstalledFileCarryingTheFix_Held()
    {
        var check = RunningFixJudge.Judge(Read(new LoadedModule("X400OM.DLL", Engine, new FileVersion(5, 5, 2653, 23), Hash)), Fix);

        Assert.Equal(RecoveryCheckState.Held, check.State);
        Assert.Contains("carries Q248732", check.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_LongPathFormAndOtherCase_SamePath()
    {
        var check = RunningFixJudge.Judge(Read(new LoadedModule("X400OM.DLL", @"\\?\c:\exchsrvr\bin\x400om.dll", new FileVersion(5, 5, 2653, 23), Hash.ToUpperInvariant())), Fix);

        Assert.Equal(RecoveryCheckState.Held, check.State);
    }

    [Fact]
    public void Judge_OtherHash_FailedNamingBoth()
    {
        var check = RunningFixJudge.Judge(Read(new LoadedModule("X400OM.DLL", Engine, new FileVersion(5, 5, 2653, 23), new string('b', 64))), Fix);

        Assert.Equal(RecoveryCheckState.Failed, check.State);
        Assert.Contains("bbbbbbbbbbbb", check.Evidence, StringComparison.Ordinal);
        Assert.Contains("aaaaaaaaaaaa", check.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_BelowTheHotfix_Failed()
    {
        var check = RunningFixJudge.Judge(Read(new LoadedModule("X400OM.DLL", Engine, new FileVersion(5, 5, 2650, 24), Hash)), Fix);

        Assert.Equal(RecoveryCheckState.Failed, check.State);
        Assert.Contains("below Q248732's fix 5.5.2651.69", check.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_AfterRollbackNoBaseline_OldVersionHeld()
    {
        var originals = Fix with { Baseline = null };

        var check = RunningFixJudge.Judge(Read(new LoadedModule("X400OM.DLL", Engine, new FileVersion(5, 5, 2650, 24), Hash)), originals);

        Assert.Equal(RecoveryCheckState.Held, check.State);
    }

    [Fact]
    public void Judge_NotLoaded_Failed()
    {
        var check = RunningFixJudge.Judge(Read(), Fix);

        Assert.Equal(RecoveryCheckState.Failed, check.State);
        Assert.Contains("X400OM.DLL is not loaded", check.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_Unreadable_UnknownWithTheReason()
    {
        var check = RunningFixJudge.Judge(LoadedModuleRead.Unreadable(7, "the process is gone (Win32 error 87)"), Fix);

        Assert.Equal(RecoveryCheckState.Unknown, check.State);
        Assert.Contains("pid 7", check.Evidence, StringComparison.Ordinal);
        Assert.Contains("Win32 error 87", check.Evidence, StringComparison.Ordinal);
    }

    private static LoadedModuleRead Read(params LoadedModule[] modules) => new(4242, modules, null);
}
