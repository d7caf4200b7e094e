using System.Globalization;
using System.Text;
using System.Text.Json;
using Patcher.Core.Reporting;
using static System.Net.WebUtility;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The one table of hosts: filters (outcome, versions, needs attention), a search box, sortable headers, and the hosts as
/// JSON data embedded once (texts that repeat, like reasons and versions, listed once and referred to by number), which
/// the script turns into rows. Escaped by the JSON writer, so nothing in it can close the script element.
/// </summary>
internal static partial class FleetHtmlWriter
{
    private static void AppendHosts(TextWriter output, FleetReport fleet)
    {
        var versions = new TextList();
        var reasons = new TextList();
        var runs = fleet.Runs.CountBy(r => r.HostKey, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var data = new MemoryStream();
        using (var json = new Utf8JsonWriter(data))
        {
            json.WriteStartObject();
            json.WriteStartArray("outcomes");
            HostOutcomeNames.WorstFirst.ToList().ForEach(o => json.WriteStringValue(o.ToName()));
            json.WriteEndArray();
            json.WriteStartArray("colors");
            HostOutcomeNames.WorstFirst.ToList().ForEach(o => json.WriteStringValue(OutcomeColors.Of(o)));
            json.WriteEndArray();
            json.WriteStartArray("attention");
            HostOutcomeNames.WorstFirst.ToList().ForEach(o => json.WriteBooleanValue(o.NeedsAttention()));
            json.WriteEndArray();
            json.WriteStartArray("hosts");
            foreach (var host in fleet.Hosts)
            {
                // [host, page, outcome (index, worst first), finished, versions (index), reason (index), runs, ring]
                json.WriteStartArray();
                json.WriteStringValue(host.Host);
                json.WriteStringValue(HostPageName.Link(host.Host));
                json.WriteNumberValue(HostOutcomeNames.WorstFirst.Count - 1 - host.Outcome.Severity());
                json.WriteStringValue(FleetText.Time(host.FinishedAt));
                json.WriteNumberValue(versions.IndexOf(host.Versions));
                json.WriteNumberValue(reasons.IndexOf(host.Reason));
                json.WriteNumberValue(runs.GetValueOrDefault(host.HostKey));
                json.WriteStringValue(host.Ring);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            WriteList(json, "versions", versions);
            WriteList(json, "reasons", reasons);
            json.WriteEndObject();
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <section id="hosts">
            <h2>Hosts ({fleet.Hosts.Count})</h2>
            <form id="filters" class="filters">
            <label>Outcome <select id="f-outcome"><option value="">any</option>{string.Concat(HostOutcomeNames.WorstFirst.Select(o => $"<option>{o.ToName()}</option>"))}</select></label>
            <label>Ring <select id="f-ring"><option value="">any</option>{string.Concat(fleet.Hosts.Select(h => h.Ring).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(r => $"<option>{HtmlEncode(r)}</option>"))}</select></label>
            <label>Versions <select id="f-versions"><option value="">any</option>{string.Concat(versions.Items.Order(StringComparer.Ordinal).Select(v => $"<option>{HtmlEncode(v)}</option>"))}</select></label>
            <label>Search <input id="f-q" type="search" placeholder="host or reason"></label>
            <label><input id="f-attention" type="checkbox"> needs attention</label>
            <span id="shown" class="muted"></span>
            </form>
            <table id="host-table">
            <thead><tr><th data-sort="host">Host</th><th data-sort="outcome">Outcome</th><th data-sort="ring">Ring</th><th data-sort="finished">Finished (UTC)</th><th data-sort="versions">Versions</th><th data-sort="runs">Runs</th><th>Reason</th></tr></thead>
            <tbody></tbody>
            </table>
            <noscript><p>The table of hosts needs JavaScript; report.csv lists every host.</p></noscript>
            <script id="fleet-data" type="application/json">
            """);
        output.Write(html);
        output.Write(Encoding.UTF8.GetString(data.GetBuffer(), 0, (int)data.Length));
        output.Write("</script>\n</section>\n");
    }

    private static void WriteList(Utf8JsonWriter json, string name, TextList list)
    {
        json.WriteStartArray(name);
        list.Items.ForEach(json.WriteStringValue);
        json.WriteEndArray();
    }

    /// <summary>Texts listed once, each referred to by its position.</summary>
    private sealed class TextList
    {
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public int IndexOf(string text)
        {
            if (!_positions.TryGetValue(text, out var position))
            {
                position = Items.Count;
                _positions[text] = position;
                Items.Add(text);
            }

            return position;
        }
    }
}
