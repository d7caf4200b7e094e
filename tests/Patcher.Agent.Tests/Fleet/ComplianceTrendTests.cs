using Patcher.Agent.Fleet;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Tests.Fleet;

public sealed class ComplianceTrendTests
{
    [Fact]
    public void Of_HostsRecoveringOverDays_RisesToTheFleetsCompliance()
    {
        using var folder = new FleetFolder();
        var day = FleetFolder.Day;
        folder.Add(FleetFolder.Host("EXCH01", HostOutcome.Vulnerable, day, "scan") with { RunId = "d1" });
        folder.Add(FleetFolder.Host("EXCH02", HostOutcome.Vulnerable, day, "scan") with { RunId = "d1" });
        folder.Add(FleetFolder.Host("EXCH01", HostOutcome.PatchedRecovered, day.AddDays(1), "patched", patched: true) with { RunId = "d2" });
        folder.Add(FleetFolder.Host("EXCH02", HostOutcome.PatchedRecovered, day.AddDays(2), "patched", patched: true) with { RunId = "d3" });
        folder.Add(FleetFolder.Host("EXCH03", HostOutcome.NoMta, day.AddDays(2), "none") with { RunId = "d3" });
        var fleet = FleetReportReader.Read(folder.Path, TimeProvider.System);

        var points = ComplianceTrend.Of(fleet.Runs);

        Assert.Equal(ComplianceTrend.MaxPoints, points.Count);
        Assert.Equal((day, 0, 2), (points[0].At, points[0].Compliant, points[0].Applicable));
        Assert.Equal(50.0, points[ComplianceTrend.MaxPoints / 2].Percent);
        Assert.Equal((day.AddDays(2), 2, 2), (points[^1].At, points[^1].Compliant, points[^1].Applicable));
        Assert.Equal(fleet.CompliancePercent, points[^1].Percent);
    }

    [Fact]
    public void Of_NoRuns_IsEmpty() => Assert.Empty(ComplianceTrend.Of([]));
}
