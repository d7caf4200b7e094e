using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Tests.Discovery;
using Patcher.Core.Tests.Services;
using Patcher.Core.Tests.Versioning;
using Patcher.Core.Verification;

namespace Patcher.Core.Tests.Verification;

public sealed class RecoveryVerifierTests : IDisposable
{
    private const string Database = @"C:\EXCHSRVR\MTADATA";
    private const string Poison = "000003.p1";

    private static readonly VerificationRequirements Requirements = new(ExchangeServices.MessageTransferAgent, 1067, [7031, 7034], true, true, 11);

    private static readonly RecoveryVerifierOptions Options = new()
    {
        StabilityWindow = TimeSpan.FromSeconds(3),
        PollInterval = TimeSpan.FromMilliseconds(100),
        EvidenceGrace = TimeSpan.FromSeconds(2),
    };

    private readonly FakeHost _host = new();
    private readonly DateTimeOffset _restart;

    public RecoveryVerifierTests()
    {
        _host.InstallMta("5.5.2653.23");
        _restart = _host.Time.GetUtcNow();
        _host.Queue.Progress[Database] = new QueueProgress(0, 5, 1, _restart);
        _host.EventLog.Write(Rejected(Poison));
        _host.Files.Write(Database + @"\ndr\" + Poison + ".ndr", [11]);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
    }

    private static PoisonInventory Inventory => new(FakeHost.Start, true, 5, [new PoisonMessage(Poison, "P1E009")]);

    [Fact]
    public async Task Verify_EveryCheckHolds_Recovered()
    {
        var result = await VerifyAsync();

        Assert.Equal(RecoveryVerdict.Recovered, result.Verdict);
        Assert.All(result.Checks, c => Assert.Equal(RecoveryCheckState.Held, c.State));
        Assert.Equal(
            [VerificationCheckNames.RunningThroughStabilityWindow, VerificationCheckNames.ExitCodeNot1067, VerificationCheckNames.NoScm7031Or7034SinceRestart, VerificationCheckNames.QueueProgress, VerificationCheckNames.PoisonRejectedWithNdr, VerificationCheckNames.RunningTheFix],
            result.Checks.Select(c => c.Name));
        Assert.Contains(@"X400OM.DLL from C:\EXCHSRVR\BIN\X400OM.DLL (5.5.2653.23", Check(result, VerificationCheckNames.RunningTheFix).Evidence, StringComparison.Ordinal);
        Assert.Equal(["EMSMTA.EXE", "X400OM.DLL"], result.ToRound(VerificationRound.AfterApply).LoadedModules!.Select(m => m.Name));
        Assert.Contains("diagnostic 11", Check(result, VerificationCheckNames.PoisonRejectedWithNdr).Evidence, StringComparison.Ordinal);
        Assert.True(result.FinishedAt - result.StartedAt >= Options.StabilityWindow);
    }

    [Fact]
    public async Task Verify_DiesWithinTheWindow_RunningFailsFast()
    {
        var platform = _host.Platform with
        {
            Services = new ScriptedScm(_host.Time, elapsed => elapsed < TimeSpan.FromSeconds(1)
                ? new ServiceStatus(ExchangeServices.MessageTransferAgent, ServiceState.Running, 0, 0, 4242)
                : new ServiceStatus(ExchangeServices.MessageTransferAgent, ServiceState.Stopped, 0, 0, 0)),
        };

        var result = await VerifyAsync(platform);

        Assert.Equal(RecoveryVerdict.NotRecovered, result.Verdict);
        Assert.Equal([VerificationCheckNames.RunningThroughStabilityWindow], result.Failed.Select(c => c.Name));
        Assert.True(result.FinishedAt - result.StartedAt < Options.StabilityWindow);
    }

    [Fact]
    public async Task Verify_ExitCode1067_OnlyThatCheckFails()
    {
        _host.Scm.Statuses[ExchangeServices.MessageTransferAgent] = new ServiceStatus(ExchangeServices.MessageTransferAgent, ServiceState.Running, 1067, 0, 4242);

        var result = await VerifyAsync();

        Assert.Equal([VerificationCheckNames.ExitCodeNot1067], result.Failed.Select(c => c.Name));
    }

    [Fact]
    public async Task Verify_Scm7034SinceRestart_OnlyThatCheckFails()
    {
        _host.EventLog.Write(new EventLogEntry(EventLogEntry.SystemLog, ExchangeEvents.ScmSource, 7034, EventLevel.Error, _host.Time.GetUtcNow(),
            "The Microsoft Exchange Message Transfer Agent service terminated unexpectedly. It has done this 1 time(s)."));

        var result = await VerifyAsync();

        Assert.Equal([VerificationCheckNames.NoScm7031Or7034SinceRestart], result.Failed.Select(c => c.Name));
    }

    [Fact]
    public async Task Verify_Scm7034BeforeTheRestart_IsNotCounted()
    {
        _host.EventLog.Write(new EventLogEntry(EventLogEntry.SystemLog, ExchangeEvents.ScmSource, 7034, EventLevel.Error, _restart - TimeSpan.FromSeconds(1),
            "The Microsoft Exchange Message Transfer Agent service terminated unexpectedly."));

        Assert.Equal(RecoveryVerdict.Recovered, (await VerifyAsync()).Verdict);
    }

    [Fact]
    public async Task Verify_QueueStuck_OnlyQueueProgressFails()
    {
        _host.Queue.Progress[Database] = new QueueProgress(3, 2, 0, _restart);

        var result = await VerifyAsync();

        Assert.Equal([VerificationCheckNames.QueueProgress], result.Failed.Select(c => c.Name));
        Assert.True(result.FinishedAt - result.StartedAt >= Options.StabilityWindow + Options.EvidenceGrace!.Value, "waited the grace for progress");
    }

    [Fact]
    public async Task Verify_PoisonWithoutEvent9411_OnlyPoisonCheckFails()
    {
        _host.EventLog.Entries.Clear();

        var result = await VerifyAsync();

        Assert.Equal([VerificationCheckNames.PoisonRejectedWithNdr], result.Failed.Select(c => c.Name));
        Assert.Contains("no 9411 event", result.Failed[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NdrWithAnotherDiagnostic_OnlyPoisonCheckFails()
    {
        _host.Files.Write(Database + @"\ndr\" + Poison + ".ndr", [7]);

        var result = await VerifyAsync();

        Assert.Equal([VerificationCheckNames.PoisonRejectedWithNdr], result.Failed.Select(c => c.Name));
        Assert.Contains("diagnostic 7", result.Failed[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OpaqueQueueDatabase_JudgesPoisonFrom9411AndSaysSo()
    {
        var result = await VerifyAsync(inventory: PoisonInventory.Opaque(FakeHost.Start));

        Assert.Equal(RecoveryVerdict.Recovered, result.Verdict);
        Assert.Contains("9411 alone", Check(result, VerificationCheckNames.PoisonRejectedWithNdr).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_QueueProgressUnreadable_Unknown()
    {
        _host.Queue.Progress.Clear();

        var result = await VerifyAsync();

        Assert.Equal(RecoveryVerdict.Unknown, result.Verdict);
        Assert.Empty(result.Failed);
        Assert.False(result.ToRound(VerificationRound.AfterApply).Recovered);
    }

    [Fact]
    public async Task Verify_EngineLoadedFromAStaleCopy_NotRecoveredNamingWhereFrom()
    {
        _host.Files.Write(Database + @"\X400OM.DLL", ExchangeBuilds.Image("x400om.dll", "5.5.2650.24"));
        _host.Modules.LoadedFrom["X400OM.DLL"] = Database + @"\X400OM.DLL";

        var result = await VerifyAsync();

        Assert.Equal(RecoveryVerdict.NotRecovered, result.Verdict);
        var running = Check(result, VerificationCheckNames.RunningTheFix);
        Assert.Equal(RecoveryCheckState.Failed, running.State);
        Assert.Contains(@"X400OM.DLL from C:\EXCHSRVR\MTADATA\X400OM.DLL (5.5.2650.24", running.Evidence, StringComparison.Ordinal);
        Assert.Contains(@"not from C:\EXCHSRVR\BIN\X400OM.DLL", running.Evidence, StringComparison.Ordinal);
        Assert.Equal([4242], _host.Modules.ReadPids);
    }

    [Fact]
    public async Task Verify_ModulesUnreadable_UnknownWithTheReason()
    {
        _host.Modules.Problem = "OpenProcess: access denied (Win32 error 5)";

        var result = await VerifyAsync();

        Assert.Equal(RecoveryVerdict.Unknown, result.Verdict);
        Assert.Contains("access denied", Check(result, VerificationCheckNames.RunningTheFix).Evidence, StringComparison.Ordinal);
        Assert.Null(result.ToRound(VerificationRound.AfterApply).LoadedModules);
    }

    [Fact]
    public void Survey_LabQueueFolder_ListsThePoisonMessages()
    {
        _host.Files.Write(Database + @"\queue\000001.p1", [0x30]);
        _host.Files.Write(Database + @"\queue\000002.p1", [0xFF]);

        var inventory = PoisonSurvey.Take(_host.Platform, Installation(), new FakeInspector());

        Assert.True(inventory.QueueReadable);
        Assert.Equal(2, inventory.Inspected);
        Assert.Equal(["000002.p1"], inventory.Messages.Select(m => m.Name));
    }

    [Fact]
    public void Survey_NoQueueFolder_Opaque()
    {
        Assert.False(PoisonSurvey.Take(_host.Platform, Installation(), new FakeInspector()).QueueReadable);
    }

    public void Dispose() => _host.Dispose();

    private MtaInstallation Installation() => MtaDiscovery.DiscoverAsync(_host.Platform).GetAwaiter().GetResult().Single();

    private Task<RecoveryVerification> VerifyAsync(HostPlatform? platform = null, PoisonInventory? inventory = null)
    {
        var installation = Installation();
        var verifier = new RecoveryVerifier(platform ?? _host.Platform, new FakeInspector(), Options);
        return _host.Time.RunAsync(() => verifier.VerifyAsync(installation, Requirements, inventory ?? Inventory, _restart));
    }

    private static RecoveryCheck Check(RecoveryVerification result, string name) => result.Checks.Single(c => c.Name == name);

    private EventLogEntry Rejected(string message) =>
        new(EventLogEntry.ApplicationLog, ExchangeEvents.MtaSource, ExchangeEvents.MtaMessageRejected, EventLevel.Warning, _host.Time.GetUtcNow(),
            $"Message {message} was rejected as malformed: P1E009 invalid-arguments (11).");
}
