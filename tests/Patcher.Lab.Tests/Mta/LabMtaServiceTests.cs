using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Lab.Mta;
using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.Lab.Tests.Mta;

public sealed class LabMtaServiceTests
{
    [Fact]
    public async Task RunAsync_FixedEngine_RelaysValidMessagesAndRejectsThePoisonWithAnNdr()
    {
        using var host = new MtaLabHost(preFix: false);
        host.Enqueue("001.p1", TestMessages.Valid("M1"));
        host.Enqueue("002.p1", TestMessages.Poison());
        host.Enqueue("003.p1", TestMessages.Valid("M3"));
        await using var mta = RunningMta.Start(host);

        await Eventually.True(() => host.Progress?.Processed == 3, "three messages processed");

        Assert.Equal(["001.p1", "003.p1"], MtaLabHost.Names(host.Database.RelayedFolder));
        Assert.Equal(["002.p1"], MtaLabHost.Names(host.Database.RejectedFolder));
        Assert.Equal(TestMessages.Poison(), File.ReadAllBytes(Path.Combine(host.Database.RejectedFolder, "002.p1")));
        var ndr = P1Decoder.Decode(File.ReadAllBytes(Path.Combine(host.Database.NdrFolder, "002.p1.ndr")));
        var report = Assert.IsType<ReportApdu>(ndr.Apdu);
        Assert.Equal(NonDeliveryDiagnostic.InvalidArguments, Assert.IsType<NonDeliveryReport>(report.Content.Recipients[0].LastTrace.ReportType).Diagnostic);
        Assert.Equal("LAB1", Assert.IsType<MessageApdu>(P1Decoder.Decode(File.ReadAllBytes(Path.Combine(host.Database.RelayedFolder, "001.p1"))).Apdu)
            .Envelope.InternalTraceInformation[0].MtaName);
        Assert.Empty(host.Database.QueuedMessages());
        Assert.False(File.Exists(host.Database.InFlightFile));

        var progress = host.Progress!;
        Assert.Equal((0, 3L, 2L, 1L), (progress.QueueLength, progress.Processed, progress.Relayed, progress.Rejected));
        Assert.Equal("5.5.2651.69", progress.EngineFileVersion);
        Assert.Equal(Environment.ProcessId, progress.Pid);
        Assert.Equal(TestMessages.Now, progress.StartedUtc);
        Assert.Null(progress.InFlight);

        var rejected = Assert.Single(host.MtaEvents(ExchangeEvents.MtaMessageRejected));
        Assert.Equal(EventLevel.Warning, rejected.Level);
        Assert.Contains("002.p1", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("P1E009", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("non-delivery report returned with diagnostic invalid-arguments (11)", rejected.Message, StringComparison.Ordinal);
        Assert.Contains(@"C:\EXCHSRVR\MTADATA\ndr\002.p1.ndr", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("file version 5.5.2651.69", Assert.Single(host.MtaEvents(ExchangeEvents.MtaStarted)).Message, StringComparison.Ordinal);
        Assert.Equal(LabMtaService.RunningLine, mta.Output.Lines[0]);

        Assert.Equal(LabMtaExitCodes.Stopped, await mta.StopAsync());
        Assert.Contains("file version 5.5.2651.69", Assert.Single(host.MtaEvents(ExchangeEvents.MtaStopped)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MessageArrivesWhileIdle_IsPickedUpOnTheNextPoll()
    {
        using var host = new MtaLabHost(preFix: false);
        await using var mta = RunningMta.Start(host);
        await Eventually.True(() => mta.Output.Has(LabMtaService.RunningLine), "the MTA to start");

        host.Enqueue("001.p1", TestMessages.Valid());
        await Eventually.True(() => host.Progress?.Processed == 1, "the new message processed", () => mta.Time.Advance(TimeSpan.FromMilliseconds(250)));

        Assert.Equal(["001.p1"], MtaLabHost.Names(host.Database.RelayedFolder));
        Assert.True(host.Progress!.LastProgressUtc > TestMessages.Now);
    }

    [Fact]
    public async Task RunAsync_StartFailuresRequested_FailsThatManyStartsBeforeRunning()
    {
        using var host = new MtaLabHost(preFix: false, startFailures: 2);

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var output = new LineWriter();
            var code = await LabMtaService.RunAsync(host.Paths, output, new LabMtaOptions(), CancellationToken.None);

            Assert.Equal(LabMtaExitCodes.SimulatedStartFailure, code);
            Assert.DoesNotContain(LabMtaService.RunningLine, output.Lines);
        }

        await using var mta = RunningMta.Start(host);
        await Eventually.True(() => mta.Output.Has(LabMtaService.RunningLine), "the third start to succeed");
        Assert.Single(host.MtaEvents(ExchangeEvents.MtaStarted));
    }

    [Fact]
    public async Task RunAsync_NoExchangeInTheRegistry_ExitsNotInstalled()
    {
        using var host = new MtaLabHost(preFix: false);
        File.Delete(host.Paths.RegistryFile);
        var output = new LineWriter();

        var code = await LabMtaService.RunAsync(host.Paths, output, new LabMtaOptions(), CancellationToken.None);

        Assert.Equal(LabMtaExitCodes.NotInstalled, code);
        Assert.Contains(output.Lines, line => line.Contains(@"Exchange\Setup\Services is not set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_EngineIsNotAnEngine_ExitsEngineUnavailableWithEvent9405()
    {
        using var host = new MtaLabHost(preFix: false);
        File.Copy(typeof(LabMtaService).Assembly.Location, host.EngineFile, overwrite: true);
        var output = new LineWriter();

        var code = await LabMtaService.RunAsync(host.Paths, output, new LabMtaOptions(), CancellationToken.None);

        Assert.Equal(LabMtaExitCodes.EngineUnavailable, code);
        Assert.DoesNotContain(LabMtaService.RunningLine, output.Lines);
        Assert.Contains("Patcher.X411.Mta.TransferEngine", Assert.Single(host.MtaEvents(ExchangeEvents.MtaUnexpectedError)).Message, StringComparison.Ordinal);
    }
}
