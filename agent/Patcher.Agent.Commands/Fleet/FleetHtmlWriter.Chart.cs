using System.Globalization;
using System.Text;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>The chart: a compliance ring on the left, one bar per outcome on the right, in inline SVG.</summary>
internal static partial class FleetHtmlWriter
{
    private const int BarRowHeight = 30;
    private const int BarLeft = 420;
    private const int BarMaxWidth = 300;

    private static void AppendChart(StringBuilder html, FleetReport fleet)
    {
        var counts = fleet.Counts;
        var height = Math.Max(220, 30 + (counts.Count * BarRowHeight));
        var max = Math.Max(1, counts.Max(c => c.Value));
        var percent = fleet.CompliancePercent;
        const double radius = 70;
        var circumference = 2 * Math.PI * radius;
        var filled = circumference * (percent ?? 0) / 100;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""
            <section id="chart">
            <h2>Compliance and outcomes</h2>
            <svg id="outcome-chart" xmlns="http://www.w3.org/2000/svg" role="img" width="800" height="{height}" viewBox="0 0 800 {height}" aria-labelledby="chart-title">
            <title id="chart-title">Compliance {(percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a")}; hosts by outcome</title>
            <g id="compliance-ring" transform="translate(110,{height / 2})">
            <circle r="{radius}" fill="none" stroke="#e9ecef" stroke-width="22"/>
            <circle r="{radius}" fill="none" stroke="#2b8a3e" stroke-width="22" stroke-dasharray="{filled:0.##} {circumference:0.##}" transform="rotate(-90)"/>
            <text id="compliance-percent" text-anchor="middle" y="6" font-size="26" font-weight="700" fill="#1f2328">{(percent is { } q ? q.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a")}</text>
            <text text-anchor="middle" y="28" font-size="12" fill="#59636e">compliant ({fleet.Compliant}/{fleet.Applicable})</text>
            </g>

            """);
        for (var i = 0; i < counts.Count; i++)
        {
            var (outcome, count) = counts[i];
            var y = 20 + (i * BarRowHeight);
            var width = count == 0 ? 2 : Math.Max(4, BarMaxWidth * count / max);
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"bar\" data-outcome=\"{outcome.ToName()}\" data-count=\"{count}\"><text x=\"{BarLeft - 10}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2328\">{outcome.ToName()}</text><rect x=\"{BarLeft}\" y=\"{y}\" width=\"{width}\" height=\"20\" rx=\"3\" fill=\"{OutcomeColors.Of(outcome)}\"/><text x=\"{BarLeft + width + 8}\" y=\"{y + 15}\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2328\">{count}</text></g>\n");
        }

        svg.Append("</svg>\n</section>\n");
        html.Append(svg);
    }
}
