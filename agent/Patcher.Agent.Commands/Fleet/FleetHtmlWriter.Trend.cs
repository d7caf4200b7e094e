using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Patcher.Agent.Fleet;

/// <summary>Compliance over time across every run read (<see cref="ComplianceTrend"/>), as an inline SVG line.</summary>
internal static partial class FleetHtmlWriter
{
    private const int TrendWidth = 800;
    private const int TrendHeight = 220;
    private const int TrendLeft = 50;
    private const int TrendTop = 15;
    private const int TrendPlotWidth = 720;
    private const int TrendPlotHeight = 160;

    private static void AppendTrend(StringBuilder html, FleetReport fleet)
    {
        var points = ComplianceTrend.Of(fleet.Runs);
        html.Append("<section id=\"trend\">\n<h2>Compliance over time</h2>\n");
        if (points.Count == 0)
        {
            html.Append("<p class=\"muted\">No runs yet.</p>\n</section>\n");
            return;
        }

        var first = points[0].At;
        var span = Math.Max(1, (points[^1].At - first).Ticks);
        string X(CompliancePoint p) => (TrendLeft + (TrendPlotWidth * (double)(p.At - first).Ticks / span)).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(CompliancePoint p) => (TrendTop + TrendPlotHeight - (TrendPlotHeight * p.Percent / 100)).ToString("0.#", CultureInfo.InvariantCulture);
        var line = string.Join(" ", points.Select(p => $"{X(p)},{Y(p)}"));
        var title = $"Compliance from {FleetText.Time(first)} to {FleetText.Time(points[^1].At)} UTC, {fleet.Runs.Count} runs";
        html.Append(CultureInfo.InvariantCulture, $"""
            <svg id="trend-chart" xmlns="http://www.w3.org/2000/svg" role="img" width="{TrendWidth}" height="{TrendHeight}" viewBox="0 0 {TrendWidth} {TrendHeight}" aria-labelledby="trend-title">
            <title id="trend-title">{HtmlEncode(title)}</title>
            <g font-size="12" fill="#59636e">
            <line x1="{TrendLeft}" y1="{TrendTop}" x2="{TrendLeft + TrendPlotWidth}" y2="{TrendTop}" stroke="#e9ecef"/>
            <line x1="{TrendLeft}" y1="{TrendTop + (TrendPlotHeight / 2)}" x2="{TrendLeft + TrendPlotWidth}" y2="{TrendTop + (TrendPlotHeight / 2)}" stroke="#e9ecef"/>
            <line x1="{TrendLeft}" y1="{TrendTop + TrendPlotHeight}" x2="{TrendLeft + TrendPlotWidth}" y2="{TrendTop + TrendPlotHeight}" stroke="#d1d9e0"/>
            <text x="{TrendLeft - 8}" y="{TrendTop + 4}" text-anchor="end">100%</text>
            <text x="{TrendLeft - 8}" y="{TrendTop + (TrendPlotHeight / 2) + 4}" text-anchor="end">50%</text>
            <text x="{TrendLeft - 8}" y="{TrendTop + TrendPlotHeight + 4}" text-anchor="end">0%</text>
            <text x="{TrendLeft}" y="{TrendTop + TrendPlotHeight + 22}">{FleetText.Time(first)}</text>
            <text x="{TrendLeft + TrendPlotWidth}" y="{TrendTop + TrendPlotHeight + 22}" text-anchor="end">{FleetText.Time(points[^1].At)} UTC</text>
            </g>
            <polyline fill="none" stroke="#2b8a3e" stroke-width="2.5" points="{line}"/>

            """);
        foreach (var point in points)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"point\" cx=\"{X(point)}\" cy=\"{Y(point)}\" r=\"3\" fill=\"#2b8a3e\" data-at=\"{point.At.ToString("O", CultureInfo.InvariantCulture)}\" data-percent=\"{point.Percent:0.0}\"><title>{FleetText.Time(point.At)} UTC: {point.Percent:0.0}% ({point.Compliant}/{point.Applicable})</title></circle>\n");
        }

        html.Append("</svg>\n</section>\n");
    }
}
