using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Exchange;
using Patcher.Lab.Mta;

namespace Patcher.Lab.Tests.Mta;

/// <summary>The KB Q248732 story in-process: the SP3 engine hangs on the poison, the hotfix engine recovers it.</summary>
public sealed class LabMtaDefectTests
{
    [Fact]
    public async Task RunAsync_PreFixEngineOnPoison_StopsMakingProgressAndLogsNothingButStillStops()
    {
        using var host = new MtaLabHost(preFix: true);
        host.Enqueue("001.p1", TestMessages.Valid("M1"));
        host.Enqueue("002.p1", TestMessages.Poison());
        host.Enqueue("003.p1", TestMessages.Valid("M3"));
        await using var mta = RunningMta.Start(host);

        await Eventually.True(() => host.Progress is { Processed: 1, InFlight: "002.p1" }, "the MTA to reach the poison");
        var hung = File.ReadAllText(host.Database.ProgressFile);
        for (var i = 0; i < 20; i++)
        {
            mta.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(await Eventually.StillRunningAfter(mta.Run, TimeSpan.FromMilliseconds(300)));
        Assert.Equal(hung, File.ReadAllText(host.Database.ProgressFile));
        Assert.Equal("5.5.2650.24", host.Progress!.EngineFileVersion);
        Assert.Equal(2, host.Progress.QueueLength);
        Assert.Equal("002.p1", host.Database.ReadInFlight());
        Assert.Empty(host.MtaEvents(ExchangeEvents.MtaMessageRejected));
        Assert.Empty(MtaLabHost.Names(host.Database.NdrFolder));

        Assert.Equal(LabMtaExitCodes.Stopped, await mta.StopAsync());
        Assert.Equal("002.p1", host.Database.ReadInFlight());
        Assert.Equal(["002.p1", "003.p1"], host.Database.QueuedMessages());
        Assert.Contains("002.p1 was still being processed", Assert.Single(host.MtaEvents(ExchangeEvents.MtaStopped)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EngineReplacedWithTheFix_RecoversTheInFlightPoisonWithAnNdrAndDrainsTheQueue()
    {
        using var host = new MtaLabHost(preFix: true);
        host.Enqueue("001.p1", TestMessages.Valid("M1"));
        host.Enqueue("002.p1", TestMessages.Poison());
        host.Enqueue("003.p1", TestMessages.Valid("M3"));
        await using (var sp3 = RunningMta.Start(host, stopGrace: TimeSpan.Zero))
        {
            await Eventually.True(() => host.Progress is { InFlight: "002.p1" }, "the SP3 MTA to hang on the poison");
            Assert.Equal(LabMtaExitCodes.Stopped, await sp3.StopAsync());
        }

        EngineFiles.InstallFixed(host.EngineFile); // the hotfix: X400OM.DLL 5.5.2651.69, swapped in by rename
        await using var fixedMta = RunningMta.Start(host, new FakeTimeProvider(TestMessages.Now.AddHours(1)));

        await Eventually.True(() => host.Progress is { Processed: 2, QueueLength: 0 }, "the fixed MTA to drain the queue");
        Assert.Contains(fixedMta.Output.Lines, line => line.Contains("recovering 002.p1", StringComparison.Ordinal));
        Assert.False(File.Exists(host.Database.InFlightFile));
        Assert.Equal(["002.p1.ndr"], MtaLabHost.Names(host.Database.NdrFolder));
        Assert.Equal(["002.p1"], MtaLabHost.Names(host.Database.RejectedFolder));
        Assert.Equal(["001.p1", "003.p1"], MtaLabHost.Names(host.Database.RelayedFolder));
        Assert.Equal((1L, 1L), (host.Progress!.Relayed, host.Progress.Rejected));
        Assert.Equal("5.5.2651.69", host.Progress.EngineFileVersion);
        Assert.Contains("invalid-arguments (11)", Assert.Single(host.MtaEvents(ExchangeEvents.MtaMessageRejected)).Message, StringComparison.Ordinal);
        var starts = host.MtaEvents(ExchangeEvents.MtaStarted);
        Assert.Equal(2, starts.Count);
        Assert.Contains("file version 5.5.2650.24", starts[0].Message, StringComparison.Ordinal);
        Assert.Contains("file version 5.5.2651.69", starts[1].Message, StringComparison.Ordinal);
    }
}
