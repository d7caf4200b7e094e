using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Fleet;
using Patcher.Core.Reporting;
using Patcher.Core.Tests.Reporting;

namespace Patcher.Agent.Tests.Fleet;

public sealed class FleetReportReaderTests : IDisposable
{
    private static readonly DateTimeOffset Day = SampleHostReports.Started;
    private readonly string _folder = Directory.CreateTempSubdirectory("patcher-fleet-").FullName;
    private readonly FakeTimeProvider _time = new(Day.AddDays(1));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_MixedFleet_CountsEachOutcome()
    {
        Save(SampleHostReports.PatchedRecovered("EXCH01"));
        Save(SampleHostReports.Minimal("EXCH02", HostOutcome.Compliant, Day));
        Save(SampleHostReports.Minimal("EXCH03", HostOutcome.Failed, Day));
        Save(SampleHostReports.Minimal("EXCH04", HostOutcome.NoMta, Day));
        Save(SampleHostReports.Minimal("EXCH05", HostOutcome.Vulnerable, Day));

        var fleet = FleetReportReader.Read(_folder, _time);

        var counts = fleet.Counts.ToDictionary(c => c.Key, c => c.Value);
        Assert.Equal(5, fleet.Hosts.Count);
        Assert.Equal(1, counts[HostOutcome.PatchedRecovered]);
        Assert.Equal(1, counts[HostOutcome.Failed]);
        Assert.Equal(0, counts[HostOutcome.RolledBack]);
        Assert.Equal(5, counts.Values.Sum());
        Assert.Equal(4, fleet.Applicable);
        Assert.Equal(2, fleet.Compliant);
        Assert.Equal(50.0, fleet.CompliancePercent);
        Assert.Equal(HostOutcome.Failed, fleet.Worst);
        Assert.Equal(_time.GetUtcNow(), fleet.GeneratedAt);
    }

    [Fact]
    public void Read_SeveralRunsOfAHost_TheNewestWinsWhateverTheFileOrder()
    {
        Save(SampleHostReports.Minimal("EXCH01", HostOutcome.RolledBack, Day.AddHours(2), "zzz-older"));
        Save(SampleHostReports.Minimal("exch01", HostOutcome.PatchedRecovered, Day.AddHours(5), "aaa-newer"));
        Save(SampleHostReports.Minimal("EXCH01", HostOutcome.Vulnerable, Day, "mmm-oldest"));

        var fleet = FleetReportReader.Read(_folder, _time);

        var host = Assert.Single(fleet.Hosts);
        Assert.Equal("aaa-newer", host.RunId);
        Assert.Equal(3, fleet.ReportsRead);
    }

    [Fact]
    public void Read_InvalidFiles_AreListedAsProblemsAndTheRestIsRead()
    {
        Save(SampleHostReports.Minimal("EXCH01", HostOutcome.Compliant, Day));
        File.WriteAllText(Path.Combine(_folder, "garbage.json"), "{ not json");
        File.WriteAllText(Path.Combine(_folder, "future.json"), """{"schemaVersion": 2, "host": "X"}""");
        File.WriteAllText(Path.Combine(_folder, ".EXCH09-run.json.0123.tmp.json"), "half a file");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a report");

        var fleet = FleetReportReader.Read(_folder, _time);

        Assert.Single(fleet.Hosts);
        Assert.Equal(["future.json", "garbage.json"], fleet.Problems.Select(p => p.File));
        Assert.Equal([HostReportFormatException.UnsupportedSchema, HostReportFormatException.Invalid], fleet.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Read_HostileFiles_FifoSymlinkToAnEndlessDeviceAndEmpty_ProblemsNotHangsOrExhaustion()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs or /dev/zero on Windows; the symbolic-link and empty cases are the same code.
        }

        Save(SampleHostReports.Minimal("EXCH01", HostOutcome.Compliant, Day));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_folder, "fifo.json")]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        File.CreateSymbolicLink(Path.Combine(_folder, "zero.json"), "/dev/zero");
        File.WriteAllBytes(Path.Combine(_folder, "empty.json"), []);

        var fleet = FleetReportReader.Read(_folder, _time);

        Assert.Single(fleet.Hosts);
        Assert.Equal(["empty.json", "fifo.json", "zero.json"], fleet.Problems.Select(p => p.File));
        Assert.All(fleet.Problems, p => Assert.Equal(FleetReportProblem.Unreadable, p.Code));
        Assert.Contains("symbolic link", fleet.Problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsAttention_SortsBySeverityThenMostRecentFirst()
    {
        Save(SampleHostReports.Minimal("A", HostOutcome.Vulnerable, Day.AddHours(1)));
        Save(SampleHostReports.Minimal("B", HostOutcome.Failed, Day));
        Save(SampleHostReports.Minimal("C", HostOutcome.Vulnerable, Day.AddHours(3)));
        Save(SampleHostReports.Minimal("D", HostOutcome.Compliant, Day));
        Save(SampleHostReports.Minimal("E", HostOutcome.PatchedNotVerified, Day));

        var fleet = FleetReportReader.Read(_folder, _time);

        Assert.Equal(["B", "C", "A", "E"], fleet.NeedsAttention.Select(h => h.Host));
    }

    [Fact]
    public void Read_OnlyNotApplicableHosts_HasNoCompliancePercent()
    {
        Save(SampleHostReports.Minimal("A", HostOutcome.NoMta, Day));

        Assert.Null(FleetReportReader.Read(_folder, _time).CompliancePercent);
    }

    [Fact]
    public void Read_MissingFolder_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => FleetReportReader.Read(Path.Combine(_folder, "nope"), _time));

    private void Save(HostReport report) =>
        File.WriteAllBytes(Path.Combine(_folder, HostReportFileName.For(report) + (File.Exists(Path.Combine(_folder, HostReportFileName.For(report))) ? ".2.json" : string.Empty)), HostReportJson.Serialize(report));
}
