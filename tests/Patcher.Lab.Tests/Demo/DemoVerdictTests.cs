using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;
using Patcher.Core.Rollout;
using Patcher.Core.Versioning;
using Patcher.LabTool.Demo;

namespace Patcher.Lab.Tests.Demo;

/// <summary>The demo's exit rule over its rollout: recovered in the end, and the rings held broad while the pilot failed.</summary>
public sealed class DemoVerdictTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<DemoHost> Pilot = DemoFleet.InRing(DemoFleet.Pilot);

    private static readonly IReadOnlyList<DemoHost> Broad = DemoFleet.InRing(DemoFleet.Broad);

    [Fact]
    public void Problems_TheStoryAsTheDemoTellsIt_None()
    {
        var (pilot, held, newest) = Story();

        Assert.Empty(DemoVerdict.Problems(DemoFleet.Hosts, newest, pilot, Gate(RingGate.Closed), held, Gate(RingGate.Open)));
    }

    [Fact]
    public void Problems_BroadHostAppliedWhileTheGateWasClosed_NamesIt()
    {
        var (pilot, held, newest) = Story(wave2: h => h == "EXCH-HALF" ? Report(h, HostOutcome.PatchedRecovered, FixVerdict.HalfPatched, changed: true) : null);

        var problem = Assert.Single(DemoVerdict.Problems(DemoFleet.Hosts, newest, pilot, Gate(RingGate.Closed), held, Gate(RingGate.Open)));
        Assert.Equal("broad hosts not held while the gate was closed: EXCH-HALF.", problem);
    }

    [Fact]
    public void Problems_HeldButSomethingWasChanged_NamesIt()
    {
        var (pilot, held, newest) = Story(wave2: h => h == "EXCH-FLAKY" ? Report(h, HostOutcome.Held, FixVerdict.Vulnerable, changed: true) : null);

        Assert.Contains("broad hosts not held while the gate was closed: EXCH-FLAKY.", DemoVerdict.Problems(DemoFleet.Hosts, newest, pilot, Gate(RingGate.Closed), held, Gate(RingGate.Open)));
    }

    [Theory]
    [InlineData("open", "open", "broad's gate was not closed after the pilot's failure (open).")]
    [InlineData(null, "open", "broad's gate was not closed after the pilot's failure (none).")]
    [InlineData("closed", "closed", "broad's gate did not open once the pilot recovered (closed).")]
    [InlineData("closed", null, "broad's gate did not open once the pilot recovered (none).")]
    public void Problems_GateNotClosedThenOpen_SaysWhich(string? first, string? second, string expected)
    {
        var (pilot, held, newest) = Story();

        var problem = Assert.Single(DemoVerdict.Problems(DemoFleet.Hosts, newest, pilot, first is null ? null : Gate(first), held, second is null ? null : Gate(second)));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Problems_NoPilotHostRolledBack_TheFailureWasNotShown()
    {
        var (_, held, newest) = Story();
        var pilot = Wave("wave 1: pilot", Pilot, h => Report(h, HostOutcome.PatchedRecovered, FixVerdict.Vulnerable, changed: true));

        Assert.Equal(["no pilot host rolled back: the pilot's failure was not shown."], DemoVerdict.Problems(DemoFleet.Hosts, newest, pilot, Gate(RingGate.Closed), held, Gate(RingGate.Open)));
    }

    [Fact]
    public void Problems_AHostThatNeededTheFixEndedOtherwise_NotRecovered_AndAMissingReport()
    {
        var (pilot, held, newest) = Story();
        newest["EXCH-SP3-HUNG"] = Report("EXCH-SP3-HUNG", HostOutcome.Failed, FixVerdict.Vulnerable, changed: true);
        newest.Remove("EXCH-NOMTA");

        Assert.Equal(["no report from EXCH-NOMTA.", "NOT recovered: EXCH-SP3-HUNG."], DemoVerdict.Problems(DemoFleet.Hosts, newest, pilot, Gate(RingGate.Closed), held, Gate(RingGate.Open)));
    }

    [Fact]
    public void Outcomes_AWaveInALine_ExitCodesAndNothingApplied()
    {
        var (pilot, held, _) = Story();

        Assert.Equal("2 patched-recovered: EXCH-RTM, EXCH-SP1; 1 rolled-back (exit 12): EXCH-SP2", DemoSummary.Outcomes(pilot));
        Assert.Equal("4 held (exit 20, nothing applied): EXCH-SP3-HUNG, EXCH-SP3-1067, EXCH-HALF, EXCH-FLAKY; 2 compliant: EXCH-HOTFIX, EXCH-SP4; 1 no-mta: EXCH-NOMTA", DemoSummary.Outcomes(held));
    }

    /// <summary>The demo's rollout as it should go: wave 1, wave 2 (held), then every host's newest run recovered.</summary>
    private static (DemoWave Pilot, DemoWave Held, Dictionary<string, HostReport> Newest) Story(Func<string, HostReport?>? wave2 = null)
    {
        var pilot = Wave("wave 1: pilot", Pilot, h => h == "EXCH-SP2"
            ? Report(h, HostOutcome.RolledBack, FixVerdict.Vulnerable, changed: false)
            : Report(h, HostOutcome.PatchedRecovered, FixVerdict.Vulnerable, changed: true));
        var held = Wave("wave 2: broad", Broad, h => wave2?.Invoke(h) ?? Broadly(h, HostOutcome.Held, changed: false));
        var newest = DemoFleet.Hosts.ToDictionary(h => h.Name, h => h.Ring == DemoFleet.Pilot
            ? Report(h.Name, HostOutcome.PatchedRecovered, FixVerdict.Vulnerable, changed: true)
            : Broadly(h.Name, HostOutcome.PatchedRecovered, changed: true), StringComparer.Ordinal);
        return (pilot, held, newest);
    }

    /// <summary>A broad host's run: compliant and no-MTA hosts end as they always do, the others as asked.</summary>
    private static HostReport Broadly(string host, HostOutcome outcome, bool changed) => host switch
    {
        "EXCH-HOTFIX" or "EXCH-SP4" => Report(host, HostOutcome.Compliant, FixVerdict.FixedByHotfix, changed: false),
        "EXCH-NOMTA" => Report(host, HostOutcome.NoMta, null, changed: false),
        "EXCH-HALF" => Report(host, outcome, FixVerdict.HalfPatched, changed),
        _ => Report(host, outcome, FixVerdict.Vulnerable, changed),
    };

    private static DemoWave Wave(string name, IReadOnlyList<DemoHost> hosts, Func<string, HostReport> run) =>
        new(name, hosts, hosts.ToDictionary(h => h.Name, h => run(h.Name), StringComparer.Ordinal));

    private static RingGate Gate(string state) =>
        new(RingGate.CurrentFormat, DemoFleet.Broad, state, At, ["pilot", "early"], 1, 0, 0, state == RingGate.Open ? 3 : 2, state == RingGate.Open ? 0 : 1, state == RingGate.Open ? 0 : 33.3, state);

    private static HostReport Report(string host, HostOutcome outcome, FixVerdict? before, bool changed)
    {
        var sp3 = new FileVersion(5, 5, 2650, 24);
        var fixedVersion = new FileVersion(5, 5, 2653, 23);
        IReadOnlyList<ReportedInstallation> installations = before is null
            ? []
            : [new ReportedInstallation("MSExchangeMTA", @"C:\EXCHSRVR", [], new ReportedVerdict(At, before.Value, HealthVerdict.Healthy, "as found"), null, null)];
        IReadOnlyList<FileChange> changes = changed
            ? [new FileChange(@"C:\EXCHSRVR\BIN\X400OM.DLL", sp3, new string('1', 64), fixedVersion, new string('2', 64), null)]
            : [];
        return new HostReport(HostReport.CurrentSchemaVersion, host, "1.0.0", null, "20261205T090000000Z", RunMode.Apply, At, At.AddSeconds(10),
            null, installations, [], changes, [], [], outcome, outcome.ToName());
    }
}
