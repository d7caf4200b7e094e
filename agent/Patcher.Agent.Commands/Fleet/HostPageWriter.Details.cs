using System.Globalization;
using System.Text;
using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;
using static System.Net.WebUtility;

namespace Patcher.Agent.Fleet;

/// <summary>The host's last run in full: outcome, run facts, versions before → after, verification checks, actions, start attempts.</summary>
internal static partial class HostPageWriter
{
    private static void AppendHost(StringBuilder html, HostReport host)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<article class=\"host\" id=\"{FleetHtmlWriter.HostAnchor(host.Host)}\" data-outcome=\"{host.Outcome.ToName()}\" style=\"border-left-color:{OutcomeColors.Of(host.Outcome)}\">\n<h3>{HtmlEncode(host.Host)} {FleetHtmlWriter.Badge(host.Outcome)}</h3>\n<p>{HtmlEncode(host.OutcomeReason)}</p>\n<dl>\n");
        Fact(html, "Run", $"{host.RunId} ({(host.Mode == RunMode.ScanOnly ? "scan-only" : "apply")}), {FleetText.Time(host.StartedAt)} → {FleetText.Time(host.FinishedAt)} UTC");
        Fact(html, "Agent", host.EngineVersion is null ? host.AgentVersion : $"{host.AgentVersion}, engine {host.EngineVersion}");
        if (host.Package is { } package)
        {
            Fact(html, "Package", $"{package.Id} {package.Version} ({package.KbArticle}), SHA-256 {package.Sha256}, signer {package.SignerFingerprint}");
        }

        if (HostLoadedModules.Summary(host) is { Length: > 0 } loaded)
        {
            Fact(html, "MTA running", loaded);
        }

        foreach (var installation in host.Installations)
        {
            var after = installation.After is { } a ? $" → {Verdict(a)}" : string.Empty;
            Fact(html, installation.ServiceName ?? installation.InstallRoot, $"{Verdict(installation.Before)}{after} ({installation.InstallRoot})");
        }

        html.Append("</dl>\n");
        AppendVersions(html, host);
        AppendChecks(html, host);
        AppendActions(html, host);
        AppendRestarts(html, host);
        html.Append("</article>\n");
    }

    private static void AppendVersions(StringBuilder html, HostReport host)
    {
        var versions = HostFileVersions.Of(host);
        if (versions.Count == 0)
        {
            html.Append("<p class=\"muted\">No MTA installation.</p>\n");
            return;
        }

        html.Append("<table class=\"versions\">\n<tr><th>Installation</th><th>File</th><th>Before</th><th>After</th></tr>\n");
        foreach (var v in versions)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{HtmlEncode(v.Installation)}</td><td><code>{HtmlEncode(v.File)}</code></td><td>{HtmlEncode(v.Before)}</td><td{(v.Before == v.After ? string.Empty : " class=\"changed\"")}>{HtmlEncode(v.After)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendChecks(StringBuilder html, HostReport host)
    {
        if (host.Verifications.Count > 0)
        {
            AppendTable(html, "Verification", "checks", ["Round", "Check", "Held", "Evidence"], host.Verifications.SelectMany(round => round.Checks.Select(check =>
                $"<tr><td>{HtmlEncode(round.Phase)}</td><td>{HtmlEncode(check.Name)}</td><td class=\"{(check.Held ? "held" : "not-held")}\">{(check.Held ? "✔ held" : "✘ failed")}</td><td>{HtmlEncode(check.Evidence)}</td></tr>\n")));
        }
    }

    private static void AppendActions(StringBuilder html, HostReport host)
    {
        if (host.Actions.Count > 0)
        {
            AppendTable(html, "Actions", "actions", ["Action", "Started (UTC)", "Finished (UTC)", "Result", "Detail"], host.Actions.Select(action =>
            {
                var result = action.Result switch { ActionResult.Failed => "failed", ActionResult.Skipped => "skipped", _ => "succeeded" };
                return $"<tr><td>{HtmlEncode(action.Name)}</td><td>{FleetText.Time(action.StartedAt)}</td><td>{FleetText.Time(action.FinishedAt)}</td><td{(action.Result == ActionResult.Failed ? " class=\"not-held\"" : string.Empty)}>{result}</td><td>{HtmlEncode(action.Detail ?? string.Empty)}</td></tr>\n";
            }));
        }
    }

    private static void AppendRestarts(StringBuilder html, HostReport host)
    {
        if (host.RestartAttempts.Count > 0)
        {
            AppendTable(html, "Start attempts", "restarts", ["Service", "Attempt", "At (UTC)", "Result", "Win32 exit code"], host.RestartAttempts.Select(attempt =>
            {
                var result = attempt.Result switch { RestartResult.Running => "running", RestartResult.Failed => "failed", RestartResult.TimedOut => "timed-out", _ => "circuit-open" };
                return string.Create(CultureInfo.InvariantCulture,
                    $"<tr><td>{HtmlEncode(attempt.Service)}</td><td>{attempt.Attempt}</td><td>{FleetText.Time(attempt.At)}</td><td>{result}</td><td>{(attempt.Win32ExitCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : string.Empty)}</td></tr>\n");
            }));
        }
    }

    /// <summary>A table under its heading: <paramref name="headers"/> as its header row, then <paramref name="rows"/>, each a whole row of HTML.</summary>
    private static void AppendTable(StringBuilder html, string heading, string cssClass, string[] headers, IEnumerable<string> rows)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h4>{heading}</h4>\n<table class=\"{cssClass}\">\n<tr>{string.Concat(headers.Select(h => $"<th>{h}</th>"))}</tr>\n");
        foreach (var row in rows)
        {
            html.Append(row);
        }

        html.Append("</table>\n");
    }

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlEncode(term)}</dt><dd>{HtmlEncode(value)}</dd>\n");

    private static string Verdict(ReportedVerdict verdict) =>
        verdict.Fix is { } fix ? $"{fix.ToName()}, {verdict.Health.ToName()}" : verdict.Health.ToName();
}
