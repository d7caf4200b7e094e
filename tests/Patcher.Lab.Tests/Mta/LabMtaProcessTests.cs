using Patcher.Core.Exchange;
using Patcher.Lab.Mta;

namespace Patcher.Lab.Tests.Mta;

/// <summary>The whole KB Q248732 story with real MTA processes: hang, stop, die on restart, fixed by replacing the engine.</summary>
public sealed class LabMtaProcessTests
{
    [Fact]
    public async Task ServiceProcess_Sp3HangsOnPoison_DiesOnRestart_AndTheHotfixEngineRecoversIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGTERM is how the lab SCM stops a service; it has no Windows equivalent here
        }

        using var host = new MtaLabHost(preFix: true);
        host.Enqueue("001.p1", TestMessages.Valid("M1"));
        host.Enqueue("002.p1", TestMessages.Poison());
        host.Enqueue("003.p1", TestMessages.Valid("M3"));

        // SP3: relays the first message, then hangs on the poison; a stop still works and leaves the poison in flight.
        using (var sp3 = MtaChildProcess.Start(host.Paths))
        {
            await Eventually.True(() => host.Progress is { Processed: 1, InFlight: "002.p1" }, "the SP3 MTA to hang on the poison");
            Assert.False(await HasExitedWithin(sp3, TimeSpan.FromMilliseconds(500)));
            sp3.Terminate();
            Assert.Equal(LabMtaExitCodes.Stopped, await sp3.ExitCodeAsync());
            Assert.Equal(LabMtaService.RunningLine, sp3.Stdout[0]);
        }

        Assert.Equal("002.p1", host.Database.ReadInFlight());

        // Restarted with the poison still in its database: it reports running, retries the poison, and dies (1067).
        using (var restarted = MtaChildProcess.Start(host.Paths))
        {
            var exitCode = await restarted.ExitCodeAsync();
            Assert.NotEqual(LabMtaExitCodes.Stopped, exitCode);
            Assert.Contains(LabMtaService.RunningLine, restarted.Stdout);
            Assert.Contains("MTA internal error", restarted.Stderr, StringComparison.Ordinal);
        }

        Assert.Single(host.MtaEvents(ExchangeEvents.MtaStopped)); // the crash wrote no stop event
        Assert.Equal("002.p1", host.Database.ReadInFlight());

        // The hotfix replaces X400OM.DLL; the next start recovers the poison with an NDR and drains the queue.
        EngineFiles.InstallFixed(host.EngineFile);
        using var fixedMta = MtaChildProcess.Start(host.Paths);
        await Eventually.True(() => host.Progress is { Processed: 2, QueueLength: 0, InFlight: null }, "the fixed MTA to drain the queue");
        Assert.Equal(["002.p1.ndr"], MtaLabHost.Names(host.Database.NdrFolder));
        Assert.Contains("invalid-arguments (11)", Assert.Single(host.MtaEvents(ExchangeEvents.MtaMessageRejected)).Message, StringComparison.Ordinal);
        fixedMta.Terminate();
        Assert.Equal(LabMtaExitCodes.Stopped, await fixedMta.ExitCodeAsync());
    }

    private static async Task<bool> HasExitedWithin(MtaChildProcess process, TimeSpan wait)
    {
        await Task.Delay(wait, TimeProvider.System);
        return process.HasExited;
    }
}
