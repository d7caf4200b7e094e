using System.Globalization;
using System.Text;
using Patcher.Core.Reporting;
using static System.Net.WebUtility;

namespace Patcher.Agent.Fleet;

/// <summary>
/// A host's own page (<c>hosts/host-&lt;name&gt;.html</c>, <see cref="HostPageName"/>): every run of the host, newest
/// first, then its newest run in full. Self-contained like the main page: inline CSS, no script, nothing fetched.
/// </summary>
internal static partial class HostPageWriter
{
    /// <summary>The part of a host's page that shows <paramref name="report"/> in full (<c>&lt;article class="host"&gt;</c>), UTF-8: made when the report is read, kept until its page is written.</summary>
    public static byte[] Detail(HostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        AppendHost(html, report);
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>The page of <paramref name="current"/>'s host; <paramref name="detail"/> is its newest run in full (<see cref="Detail"/>), or null when it was not kept.</summary>
    public static string Write(HostRun current, IReadOnlyList<HostRun> runs, string? detail, string mainPage)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(runs);
        var html = new StringBuilder();
        var name = HtmlEncode(current.Host);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{name} — Patcher fleet report</title>
            <style>
            {FleetHtmlStyle.Css}
            </style>
            </head>
            <body>
            <p><a href="../{HtmlEncode(Uri.EscapeDataString(mainPage))}">← fleet report</a></p>
            <h1>{name}</h1>

            """);
        AppendRuns(html, current, runs);
        if (detail is not null)
        {
            html.Append("<h2>Newest run</h2>\n");
            html.Append(detail);
        }
        else
        {
            html.Append("<p class=\"muted\" id=\"unreadable\">The newest report was not kept for this page.</p>\n");
        }

        html.Append("<footer>Written by <code>patcher report</code>.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendRuns(StringBuilder html, HostRun current, IReadOnlyList<HostRun> runs)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"runs\">\n<h2>Runs ({runs.Count})</h2>\n<table class=\"runs\">\n<tr><th>Finished (UTC)</th><th>Run</th><th>Mode</th><th>Outcome</th><th>Versions</th><th>Reason</th></tr>\n");
        foreach (var run in runs.OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.RunId, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-run=\"{HtmlEncode(run.RunId)}\"{(ReferenceEquals(run, current) ? " class=\"current\"" : string.Empty)}><td>{FleetText.Time(run.FinishedAt)}</td><td><code>{HtmlEncode(run.RunId)}</code></td><td>{HtmlEncode(run.Mode)}</td><td>{FleetHtmlWriter.Badge(run.Outcome)}</td><td>{HtmlEncode(run.Versions)}</td><td>{HtmlEncode(run.Reason)}</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }
}
