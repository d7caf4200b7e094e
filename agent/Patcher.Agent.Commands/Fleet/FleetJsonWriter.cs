using System.Text;
using System.Text.Json;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The fleet as one JSON object (Report/README.md): <c>schemaVersion</c>, <c>summary</c>, <c>needsAttention</c>,
/// <c>problems</c>, and <c>hosts</c>, each host its newest report in the host-report schema.
/// </summary>
internal static class FleetJsonWriter
{
    /// <summary>The fleet document's format version.</summary>
    public const int SchemaVersion = 1;

    public static string Write(FleetReport fleet, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            WriteSummary(json, fleet, exitCode);
            json.WriteStartArray("needsAttention");
            foreach (var host in fleet.NeedsAttention)
            {
                json.WriteStartObject();
                json.WriteString("host", host.Host);
                json.WriteString("outcome", host.Outcome.ToName());
                json.WriteString("finishedAt", host.FinishedAt);
                json.WriteString("reason", host.OutcomeReason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in fleet.Problems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.File);
                json.WriteString("code", problem.Code);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("hosts");
            foreach (var host in fleet.Hosts)
            {
                json.WriteRawValue(HostReportJson.Serialize(host));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteSummary(Utf8JsonWriter json, FleetReport fleet, int exitCode)
    {
        json.WriteStartObject("summary");
        json.WriteString("generatedAt", fleet.GeneratedAt);
        json.WriteString("folder", fleet.Folder);
        json.WriteNumber("hosts", fleet.Hosts.Count);
        json.WriteNumber("reportsRead", fleet.ReportsRead);
        json.WriteNumber("problems", fleet.Problems.Count);
        json.WriteNumber("applicable", fleet.Applicable);
        json.WriteNumber("compliant", fleet.Compliant);
        if (fleet.CompliancePercent is { } percent)
        {
            json.WriteNumber("compliancePercent", percent);
        }

        if (fleet.Worst is { } worst)
        {
            json.WriteString("worstOutcome", worst.ToName());
        }

        json.WriteNumber("exitCode", exitCode);
        json.WriteStartObject("counts");
        foreach (var (outcome, count) in fleet.Counts)
        {
            json.WriteNumber(outcome.ToName(), count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
