using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Reporting;

/// <summary>Host reports as the run command will fill them.</summary>
internal static class SampleHostReports
{
    public static readonly DateTimeOffset Started = new(2000, 1, 3, 9, 0, 0, TimeSpan.Zero);

    private static readonly FileVersion Sp3 = new(5, 5, 2650, 21);
    private static readonly FileVersion Hotfix = new(5, 5, 2651, 69);

    /// <summary>A poisoned SP3 host, patched, recovered on the second start attempt.</summary>
    public static HostReport PatchedRecovered(string host = "EXCH01", string runId = "20000103T090000Z-1a2b3c4d", DateTimeOffset? started = null)
    {
        var t = started ?? Started;
        DateTimeOffset At(int seconds) => t.AddSeconds(seconds);
        const string bin = @"C:\EXCHSRVR\BIN\";
        return new HostReport(
            HostReport.CurrentSchemaVersion,
            host,
            "1.0.0",
            "1.0.0",
            runId,
            RunMode.Apply,
            t,
            At(300),
            new ReportedPackage("Patcher.Hotfix.Q248732", "1.0.0", "Q248732", new string('a', 64), new string('B', 64)),
            [
                new ReportedInstallation(
                    "MSExchangeMTA",
                    @"C:\EXCHSRVR",
                    [new ReportedFile("EMSMTA.EXE", bin + "EMSMTA.EXE", Sp3, new string('1', 64)), new ReportedFile("X400OM.DLL", bin + "X400OM.DLL", Sp3, new string('2', 64))],
                    new ReportedVerdict(At(1), FixVerdict.Vulnerable, HealthVerdict.Hung, "Fix files below 5.5.2651.69; queue stuck for 20 min."),
                    [new ReportedFile("EMSMTA.EXE", bin + "EMSMTA.EXE", Hotfix, new string('3', 64)), new ReportedFile("X400OM.DLL", bin + "X400OM.DLL", Hotfix, new string('4', 64))],
                    new ReportedVerdict(At(299), FixVerdict.FixedByHotfix, HealthVerdict.Healthy, "Fix in place; queue moving.")),
            ],
            [
                new ReportedAction(ReportActions.Stage, At(10), At(12), ActionResult.Succeeded),
                new ReportedAction(ReportActions.StopService, At(12), At(40), ActionResult.Succeeded, "MSExchangeMTA"),
                new ReportedAction(ReportActions.Backup, At(40), At(41), ActionResult.Succeeded),
                new ReportedAction(ReportActions.Swap, At(41), At(42), ActionResult.Succeeded),
                new ReportedAction(ReportActions.StartService, At(42), At(120), ActionResult.Succeeded, "MSExchangeMTA"),
                new ReportedAction(ReportActions.Verify, At(120), At(299), ActionResult.Succeeded),
            ],
            [
                new FileChange(bin + "EMSMTA.EXE", Sp3, new string('1', 64), Hotfix, new string('3', 64), @"C:\ProgramData\Patcher\backup\EMSMTA.EXE"),
                new FileChange(bin + "X400OM.DLL", Sp3, new string('2', 64), Hotfix, new string('4', 64), @"C:\ProgramData\Patcher\backup\X400OM.DLL"),
            ],
            [
                new RestartAttempt("MSExchangeMTA", 1, At(42), RestartResult.Failed, 1067),
                new RestartAttempt("MSExchangeMTA", 2, At(60), RestartResult.Running),
            ],
            [
                new VerificationRound(VerificationRound.AfterApply, "MSExchangeMTA", At(120), At(299), true,
                [
                    new VerificationCheck(VerificationCheckNames.RunningThroughStabilityWindow, true, "running for 120 s, pid 4242"),
                    new VerificationCheck(VerificationCheckNames.ExitCodeNot1067, true, "Win32 exit code 0"),
                    new VerificationCheck(VerificationCheckNames.NoScm7031Or7034SinceRestart, true, "no 7031/7034 since 09:01:00"),
                    new VerificationCheck(VerificationCheckNames.QueueProgress, true, "queue 12 → 0"),
                    new VerificationCheck(VerificationCheckNames.PoisonRejectedWithNdr, true, "1 poison message rejected, NDR diagnostic invalid-arguments (11)"),
                    new VerificationCheck(VerificationCheckNames.RunningTheFix, true, @"pid 4242 loaded X400OM.DLL from C:\EXCHSRVR\BIN\X400OM.DLL (5.5.2651.69, sha256 cccccccccccc…)"),
                ])
                {
                    LoadedModules = [new ReportedModule("X400OM.DLL", @"C:\EXCHSRVR\BIN\X400OM.DLL", new FileVersion(5, 5, 2651, 69), new string('c', 64), null)],
                },
            ],
            HostOutcome.PatchedRecovered,
            "Patched to 5.5.2651.69 and verified recovered.");
    }

    /// <summary>A report for <paramref name="host"/> ending in <paramref name="outcome"/>, with nothing else in it.</summary>
    public static HostReport Minimal(string host, HostOutcome outcome, DateTimeOffset finished, string? runId = null) => new(
        HostReport.CurrentSchemaVersion,
        host,
        "1.0.0",
        null,
        runId ?? $"run-{finished.UtcTicks}",
        RunMode.Apply,
        finished.AddMinutes(-5),
        finished,
        null,
        [],
        [],
        [],
        [],
        [],
        outcome,
        $"{host} ended {outcome.ToName()}.");
}
