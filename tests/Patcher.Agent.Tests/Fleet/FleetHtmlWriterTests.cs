using Patcher.Agent.Cli;
using Patcher.Agent.Fleet;
using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Tests.Fleet;

public sealed class FleetHtmlWriterTests
{
    private static string MixedHtml(out FleetReport fleet)
    {
        using var folder = FleetFolder.Mixed();
        fleet = FleetReportReader.Read(folder.Path, new FakeTimeProvider(FleetFolder.Day.AddHours(1)));
        return FleetHtmlWriter.Write(fleet, ReportExitCodes.For(fleet));
    }

    [Fact]
    public void Write_Fleet_IsWellFormed()
    {
        var html = MixedHtml(out _);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Null(HtmlTags.FirstProblem(html));
    }

    [Fact]
    public void Write_Fleet_IsSelfContained()
    {
        var html = MixedHtml(out _);

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<script[ >]")); // the data and the inline script, nothing loaded
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        // The only address is the SVG namespace, which is a name, not a fetch.
        Assert.Equal(["http://www.w3.org/2000/svg"], System.Text.RegularExpressions.Regex.Matches(html, "https?://[^\"]+").Select(m => m.Value).Distinct());
    }

    [Fact]
    public void Write_Fleet_ShowsEveryCountTheChartAndEveryHost()
    {
        var html = MixedHtml(out var fleet);

        foreach (var (outcome, count) in fleet.Counts)
        {
            Assert.Contains($"data-outcome=\"{outcome.ToName()}\" style=\"border-top-color:{OutcomeColors.Of(outcome)}\"><span class=\"n\">{count}</span>", html, StringComparison.Ordinal);
            Assert.Contains($"<g class=\"bar\" data-outcome=\"{outcome.ToName()}\" data-count=\"{count}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg id=\"outcome-chart\"", html, StringComparison.Ordinal);
        Assert.Contains(">33.3%</text>", html, StringComparison.Ordinal); // EXCH01 and EXCH02 of the six the fix applies to
        Assert.Contains("<h2>Needs attention (4)</h2>", html, StringComparison.Ordinal);
        for (var i = 1; i <= 8; i++)
        {
            Assert.Contains($"[\"EXCH0{i}\",\"hosts/host-EXCH0{i}.html\",", html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg id=\"trend-chart\"", html, StringComparison.Ordinal);

        Assert.Contains("exit code <strong id=\"exit-code\">14</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostsInRings_RingFilterListsEachRing_DataCarriesIt()
    {
        using var folder = new FleetFolder();
        folder.Add(FleetFolder.Host("EXCH01", HostOutcome.Held, FleetFolder.Day, "held") with { Ring = "broad" });
        folder.Add(FleetFolder.Host("EXCH02", HostOutcome.Compliant, FleetFolder.Day, "fine") with { Ring = "pilot" });
        var fleet = FleetReportReader.Read(folder.Path, TimeProvider.System);

        var html = FleetHtmlWriter.Write(fleet, ReportExitCodes.For(fleet));

        Assert.Contains("<select id=\"f-ring\"><option value=\"\">any</option><option>broad</option><option>pilot</option></select>", html, StringComparison.Ordinal);
        Assert.Contains("<th data-sort=\"ring\">Ring</th>", html, StringComparison.Ordinal);
        Assert.Contains("<option>held</option>", html, StringComparison.Ordinal);
        Assert.Contains(",\"broad\"]", html, StringComparison.Ordinal);
        Assert.Contains("exit code <strong id=\"exit-code\">20</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostWithMarkupInItsReason_IsEscapedOnBothPages()
    {
        using var folder = new FleetFolder();
        folder.Add(FleetFolder.Host("EXCH01", HostOutcome.Error, FleetFolder.Day, "</script><script>alert(1)</script> & more"));
        using var index = FleetIndex.OpenTemporary();
        var fleet = FleetReportReader.Read(folder.Path, TimeProvider.System, index);
        var host = Assert.Single(fleet.Hosts);

        var html = FleetHtmlWriter.Write(fleet, ReportExitCodes.For(fleet));
        var page = HostPageWriter.Write(host, fleet.Runs, fleet.Reports.Detail(host), "report.html");

        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)", html, StringComparison.Ordinal); // in the embedded data
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
    }

    [Fact]
    public void PageName_HostNamesThatDifferOnlyInPunctuationOrCase_GetDistinctFilesExceptByCase()
    {
        string[] hosts = ["EXCH<01", "EXCH 01", "EXCH_01", "EXCH-01", "EXCH01", "CON", new string('x', 300), new string('x', 299) + "y"];

        var names = hosts.Select(HostPageName.For).ToArray();

        Assert.Equal(hosts.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^host-[A-Za-z0-9_-]{1,120}\\.html$", n));
        Assert.Equal(HostPageName.For("exch01"), HostPageName.For("EXCH01")); // one host, as the fleet groups them
    }

    [Fact]
    public void HostPage_HostWithSeveralRuns_ListsEachNewestFirstAndShowsTheNewestInFull()
    {
        using var folder = FleetFolder.Mixed();
        using var index = FleetIndex.OpenTemporary();
        var fleet = FleetReportReader.Read(folder.Path, TimeProvider.System, index);
        var host = fleet.Hosts.Single(h => h.Host == "EXCH01");

        var page = HostPageWriter.Write(host, [.. fleet.Runs.Where(r => r.HostKey == "EXCH01")], fleet.Reports.Detail(host), "report.html");

        Assert.Null(HtmlTags.FirstProblem(page));
        Assert.Contains("<h2>Runs (2)</h2>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf($"data-run=\"{host.RunId}\" class=\"current\"", StringComparison.Ordinal) < page.IndexOf("data-run=\"older-scan\"", StringComparison.Ordinal));
        Assert.Contains("<article class=\"host\" id=\"host-EXCH01\" data-outcome=\"patched-recovered\"", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../report.html\">", page, StringComparison.Ordinal);
    }
}
