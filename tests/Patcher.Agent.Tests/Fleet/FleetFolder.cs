using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;
using Patcher.Core.Versioning;

namespace Patcher.Agent.Tests.Fleet;

/// <summary>A temporary folder of host reports, as a report share holds them.</summary>
internal sealed class FleetFolder : IDisposable
{
    public static readonly DateTimeOffset Day = new(2000, 1, 3, 9, 0, 0, TimeSpan.Zero);

    public string Path { get; } = Directory.CreateTempSubdirectory("patcher-fleet-").FullName;

    /// <summary>The demo-like fleet: 8 hosts, one of each outcome but error, and an older report superseded.</summary>
    public static FleetFolder Mixed()
    {
        var fleet = new FleetFolder();
        fleet.Add(Host("EXCH01", HostOutcome.PatchedRecovered, Day.AddMinutes(5), "Patched to 5.5.2651.69 and verified recovered.", patched: true));
        fleet.Add(Host("EXCH02", HostOutcome.Compliant, Day.AddMinutes(1), "Already at SP4 5.5.2653.23 and healthy."));
        fleet.Add(Host("EXCH03", HostOutcome.Failed, Day.AddMinutes(9), "MSExchangeMTA never started (1067 three times); rollback did not bring it back.", patched: true));
        fleet.Add(Host("EXCH04", HostOutcome.RolledBack, Day.AddMinutes(7), "Verification failed: queue made no progress; originals restored.", patched: true));
        fleet.Add(Host("EXCH05", HostOutcome.Vulnerable, Day.AddMinutes(2), "Scan only: fix files at 5.5.2650.21, below 5.5.2651.69."));
        fleet.Add(Host("EXCH06", HostOutcome.NoMta, Day.AddMinutes(1), "No MTA installation found."));
        fleet.Add(Host("EXCH07", HostOutcome.PatchedNotVerified, Day.AddMinutes(6), "Patched; queue progress could not be read.", patched: true));
        fleet.Add(Host("EXCH08", HostOutcome.NotApplicable, Day.AddMinutes(1), "Exchange 5.0 MTA: the fix does not apply."));
        fleet.Add(Host("EXCH01", HostOutcome.Vulnerable, Day.AddDays(-1), "Yesterday's scan.") with { RunId = "older-scan" });
        return fleet;
    }

    public void Add(HostReport report) => File.WriteAllBytes(System.IO.Path.Combine(Path, HostReportFileName.For(report)), HostReportJson.Serialize(report));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    public static HostReport Host(string name, HostOutcome outcome, DateTimeOffset finished, string reason, bool patched = false)
    {
        var before = new FileVersion(5, 5, 2650, 21);
        var after = outcome is HostOutcome.RolledBack or HostOutcome.Failed ? before : new FileVersion(5, 5, 2651, 69);
        ReportedFile[] Files(FileVersion v) => [new("EMSMTA.EXE", @"C:\EXCHSRVR\BIN\EMSMTA.EXE", v, new string('1', 64)), new("X400OM.DLL", @"C:\EXCHSRVR\BIN\X400OM.DLL", v, new string('2', 64))];
        var held = outcome is not (HostOutcome.RolledBack or HostOutcome.Failed);
        var installations = outcome == HostOutcome.NoMta
            ? Array.Empty<ReportedInstallation>()
            : [new ReportedInstallation("MSExchangeMTA", @"C:\EXCHSRVR", Files(before), new ReportedVerdict(finished.AddMinutes(-5), FixVerdict.Vulnerable, HealthVerdict.Hung, "hung on a poison message"),
                patched ? Files(after) : null,
                patched ? new ReportedVerdict(finished, held ? FixVerdict.FixedByHotfix : FixVerdict.Vulnerable, held ? HealthVerdict.Healthy : HealthVerdict.StoppedWith1067, reason) : null)];
        return new HostReport(
            HostReport.CurrentSchemaVersion, name, "1.0.0", "1.0.0", $"run-{finished.UtcTicks}", patched ? RunMode.Apply : RunMode.ScanOnly,
            finished.AddMinutes(-5), finished,
            patched ? new ReportedPackage("Patcher.Hotfix.Q248732", "1.0.0", "Q248732", new string('a', 64), new string('B', 64)) : null,
            installations,
            patched ? [new ReportedAction(ReportActions.StopService, finished.AddMinutes(-4), finished.AddMinutes(-3), ActionResult.Succeeded, "MSExchangeMTA"), new ReportedAction(ReportActions.Swap, finished.AddMinutes(-3), finished.AddMinutes(-3), ActionResult.Succeeded)] : [],
            [],
            patched ? [new RestartAttempt("MSExchangeMTA", 1, finished.AddMinutes(-2), held ? RestartResult.Running : RestartResult.Failed, held ? null : 1067)] : [],
            patched ? [new VerificationRound(VerificationRound.AfterApply, "MSExchangeMTA", finished.AddMinutes(-2), finished, held,
                [new VerificationCheck(VerificationCheckNames.ExitCodeNot1067, held, held ? "Win32 exit code 0" : "Win32 exit code 1067"),
                 new VerificationCheck(VerificationCheckNames.PoisonRejectedWithNdr, held, held ? "1 NDR, diagnostic 11" : "poison message still queued")])] : [],
            outcome,
            reason);
    }
}
