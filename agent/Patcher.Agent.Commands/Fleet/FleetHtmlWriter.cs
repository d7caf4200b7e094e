using System.Globalization;
using System.Text;
using Patcher.Core.Reporting;
using static System.Net.WebUtility;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The fleet's main page, self-contained (inline CSS, inline SVG charts, a small inline script, nothing fetched) and
/// small at 10,000 hosts: summary counts, the outcome chart, the compliance trend, what needs attention, unreadable
/// files, then one table of hosts (sorted, filtered and searched by the script, from data embedded once) linking to each
/// host's own page (<see cref="HostPageWriter"/>).
/// </summary>
internal static partial class FleetHtmlWriter
{
    /// <summary>At most this many hosts are listed under "Needs attention" and files under "Unreadable": the table has the rest.</summary>
    public const int MaxListed = 100;

    /// <summary>The page as one string (small fleets, tests).</summary>
    public static string Write(FleetReport fleet, int exitCode)
    {
        using var text = new StringWriter();
        Write(text, fleet, exitCode);
        return text.ToString();
    }

    /// <summary>Writes the page to <paramref name="output"/>, one section at a time.</summary>
    public static void Write(TextWriter output, FleetReport fleet, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fleet);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="patcher report">
            <title>Patcher fleet report — KB Q248732</title>
            <style>
            {FleetHtmlStyle.Css}
            </style>
            </head>
            <body>
            <header>
            <h1>Patcher fleet report — KB Q248732</h1>
            <p class="meta">Generated <time id="generated" datetime="{fleet.GeneratedAt.ToString("O", CultureInfo.InvariantCulture)}">{FleetText.Time(fleet.GeneratedAt)} UTC</time> from <code>{HtmlEncode(fleet.Folder)}</code> · {fleet.Hosts.Count} hosts, {fleet.ReportsRead} reports read</p>
            </header>

            """);
        AppendSummary(html, fleet, exitCode);
        AppendAttention(html, fleet);
        AppendChart(html, fleet);
        AppendTrend(html, fleet);
        AppendProblems(html, fleet);
        output.Write(html);
        html.Clear();
        AppendHosts(output, fleet);
        output.Write("<footer>Outcomes worst first: ");
        output.Write(string.Join(" › ", HostOutcomeNames.WorstFirst.Select(o => o.ToName())));
        output.Write(". The newest report of each host counts; each host's page lists all its runs. Written by <code>patcher report</code>.</footer>\n");
        output.Write("<script>\n" + FleetHtmlScript.Js + "\n</script>\n</body>\n</html>\n");
    }

    private static void AppendSummary(StringBuilder html, FleetReport fleet, int exitCode)
    {
        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        var worst = fleet.Worst;
        var color = worst is { } w ? OutcomeColors.Of(w) : "#868e96";
        var verdict = fleet.Hosts.Count == 0
            ? "No host reports in this folder."
            : $"Worst outcome: <strong>{worst!.Value.ToName()}</strong>";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"verdict\" id=\"worst\" style=\"border-color:{color}\">{verdict} · {HtmlEncode(FleetText.Compliance(fleet))} · exit code <strong id=\"exit-code\">{exitCode}</strong></p>\n");
        html.Append("<ul class=\"counts\">\n");
        foreach (var (outcome, count) in fleet.Counts)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li class=\"count{(count == 0 ? " zero" : string.Empty)}\" data-outcome=\"{outcome.ToName()}\" style=\"border-top-color:{OutcomeColors.Of(outcome)}\"><span class=\"n\">{count}</span><span class=\"label\">{outcome.ToName()}</span></li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendAttention(StringBuilder html, FleetReport fleet)
    {
        var hosts = fleet.NeedsAttention;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"attention\">\n<h2>Needs attention ({hosts.Count})</h2>\n");
        if (hosts.Count == 0)
        {
            html.Append("<p class=\"muted\">No host needs attention.</p>\n</section>\n");
            return;
        }

        html.Append("<ol class=\"attention\">\n");
        foreach (var host in hosts.Take(MaxListed))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li data-host=\"{HtmlEncode(host.Host)}\"><a href=\"{HtmlEncode(HostPageName.Link(host.Host))}\"><strong>{HtmlEncode(host.Host)}</strong></a> {Badge(host.Outcome)} {HtmlEncode(host.Reason)} <span class=\"muted\">({FleetText.Time(host.FinishedAt)} UTC)</span></li>\n");
        }

        html.Append("</ol>\n");
        if (hosts.Count > MaxListed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">and {hosts.Count - MaxListed} more: <a href=\"#attention=1\">show them in the table</a>.</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendProblems(StringBuilder html, FleetReport fleet)
    {
        if (fleet.Problems.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<section id=\"problems\">\n<h2>Unreadable reports ({fleet.Problems.Count})</h2>\n<p class=\"muted\">These files were skipped; the hosts that wrote them may be missing above.</p>\n<table>\n<tr><th>File</th><th>Code</th><th>Problem</th></tr>\n");
        foreach (var problem in fleet.Problems.Take(MaxListed))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{HtmlEncode(problem.File)}</code></td><td>{HtmlEncode(problem.Code)}</td><td>{HtmlEncode(problem.Message)}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (fleet.Problems.Count > MaxListed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">and {fleet.Problems.Count - MaxListed} more: see report.json or stderr.</p>\n");
        }

        html.Append("</section>\n");
    }

    internal static string Badge(HostOutcome outcome) =>
        $"<span class=\"badge{(outcome == HostOutcome.NoMta ? " light" : string.Empty)}\" style=\"background:{OutcomeColors.Of(outcome)}\">{outcome.ToName()}</span>";

    /// <summary>
    /// The host's HTML id: letters, digits and <c>-</c> kept, every other character (<c>_</c> too) written as <c>_</c> and
    /// its four hex digits, so two host names never share an id (<c>EXCH&lt;01</c> and <c>EXCH 01</c> once did).
    /// </summary>
    internal static string HostAnchor(string host) =>
        "host-" + string.Concat(host.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c.ToString() : $"_{(int)c:X4}"));
}
