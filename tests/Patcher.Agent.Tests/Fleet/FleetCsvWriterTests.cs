using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Fleet;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Tests.Fleet;

public sealed class FleetCsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void Quote_Field_FollowsRfc4180(string value, string expected) => Assert.Equal(expected, CsvField.Quote(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("EXCH-01", "EXCH-01")]
    public void Quote_FormulaLeader_NeutralisedWithAnApostrophe(string value, string expected) =>
        Assert.Equal(expected, CsvField.Quote(value));

    [Fact]
    public void Write_Fleet_HasTheStableHeaderAndOneCrlfRowPerHost()
    {
        using var folder = FleetFolder.Mixed();
        var fleet = FleetReportReader.Read(folder.Path, new FakeTimeProvider(FleetFolder.Day));

        var csv = FleetCsvWriter.Write(fleet);

        var rows = csv.Split("\r\n");
        Assert.Equal(
            "host,outcome,needsAttention,startedAt,finishedAt,runId,mode,agentVersion,engineVersion,packageId,packageVersion,packageSha256,installations,fixBefore,healthBefore,fixAfter,healthAfter,versions,recovered,failedChecks,restartAttempts,reason,loadedModules,ring",
            rows[0]);
        Assert.Equal(8 + 2, rows.Length); // header, 8 hosts, and the empty string after the last CRLF
        Assert.StartsWith("EXCH01,patched-recovered,false,", rows[1], StringComparison.Ordinal);
        Assert.Contains("EMSMTA.EXE 5.5.2650.21→5.5.2651.69", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("EXCH03,failed,true,", rows[3], StringComparison.Ordinal);
        Assert.Contains(",after-apply:exit-code-not-1067 after-apply:poison-rejected-with-ndr,", rows[3], StringComparison.Ordinal);
        Assert.EndsWith(",MSExchangeMTA never started (1067 three times); rollback did not bring it back.,,", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostWithLoadedModules_ColumnSaysWhatTheMtaRan()
    {
        var folder = new FleetFolder();
        using (folder)
        {
            var host = FleetFolder.Host("EXCH01", HostOutcome.RolledBack, FleetFolder.Day, "running-the-fix failed", patched: true);
            var round = host.Verifications[0] with
            {
                LoadedModules = [new ReportedModule("X400OM.DLL", @"C:\EXCHSRVR\MTADATA\X400OM.DLL", Patcher.Core.Versioning.FileVersion.Parse("5.5.2650.24"), new string('d', 64), null)],
            };
            folder.Add(host with { Verifications = [round] });

            var csv = FleetCsvWriter.Write(FleetReportReader.Read(folder.Path, TimeProvider.System));

            Assert.EndsWith(@",X400OM.DLL C:\EXCHSRVR\MTADATA\X400OM.DLL 5.5.2650.24 sha256 dddddddddddd…," + "\r\n", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_ReasonWithQuotesCommasAndNewlines_StaysOneRecord()
    {
        var folder = new FleetFolder();
        using (folder)
        {
            folder.Add(FleetFolder.Host("EXCH01", HostOutcome.Error, FleetFolder.Day, "SCM said \"access denied\",\nthen nothing"));

            var csv = FleetCsvWriter.Write(FleetReportReader.Read(folder.Path, TimeProvider.System));

            Assert.EndsWith(",\"SCM said \"\"access denied\"\",\nthen nothing\",,\r\n", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_HostsInRings_RingIsTheLastColumn_HeldIsAnOutcome()
    {
        using var folder = new FleetFolder();
        folder.Add(FleetFolder.Host("EXCH01", HostOutcome.Held, FleetFolder.Day, "held by its gate") with { Ring = "broad" });
        folder.Add(FleetFolder.Host("EXCH02", HostOutcome.PatchedRecovered, FleetFolder.Day, "recovered", patched: true) with { Ring = "pilot" });

        var rows = FleetCsvWriter.Write(FleetReportReader.Read(folder.Path, TimeProvider.System)).Split("\r\n");

        Assert.StartsWith("EXCH01,held,true,", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",held by its gate,,broad", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",recovered,,pilot", rows[2], StringComparison.Ordinal);
    }
}
