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

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
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
            Assert.Contains($"<article class=\"host\" id=\"host-EXCH0{i}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("exit code <strong id=\"exit-code\">14</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostWithMarkupInItsReason_IsEscaped()
    {
        using var folder = new FleetFolder();
        folder.Add(FleetFolder.Host("EXCH01", HostOutcome.Error, FleetFolder.Day, "<script>alert(1)</script> & more"));
        var fleet = FleetReportReader.Read(folder.Path, TimeProvider.System);

        var html = FleetHtmlWriter.Write(fleet, ReportExitCodes.For(fleet));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostNamesThatDifferOnlyInPunctuation_GetDistinctIds()
    {
        using var folder = new FleetFolder();
        folder.Add(FleetFolder.Host("EXCH<01", HostOutcome.Failed, FleetFolder.Day, "one"));
        folder.Add(FleetFolder.Host("EXCH 01", HostOutcome.Failed, FleetFolder.Day.AddMinutes(1), "two"));
        folder.Add(FleetFolder.Host("EXCH_01", HostOutcome.Failed, FleetFolder.Day.AddMinutes(2), "three"));
        var fleet = FleetReportReader.Read(folder.Path, TimeProvider.System);

        var html = FleetHtmlWriter.Write(fleet, ReportExitCodes.For(fleet));

        var ids = System.Text.RegularExpressions.Regex.Matches(html, "<article class=\"host\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(3, ids.Length);
        Assert.Equal(3, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Contains($"href=\"#{id}\"", html, StringComparison.Ordinal));
    }
}
