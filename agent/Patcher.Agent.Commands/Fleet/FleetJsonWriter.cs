using System.Buffers;
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

    /// <summary>Writes the document to <paramref name="sink"/> in pieces, one host at a time.</summary>
    public static void Write(FleetReport fleet, int exitCode, Action<ReadOnlySpan<byte>> sink)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(sink);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
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
                json.WriteString("ring", host.Ring);
                json.WriteString("finishedAt", host.FinishedAt);
                json.WriteString("reason", host.Reason);
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
            foreach (var run in fleet.Hosts)
            {
                // A report that changed since it was read is left out rather than shown as it was not.
                if (fleet.Reports.Json(run) is { } host)
                {
                    json.WriteRawValue(host);
                }

                Drain(json, buffer, sink);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            Drain(json, buffer, sink);
        }
    }

    /// <summary>The document as one string (small fleets, tests).</summary>
    public static string Write(FleetReport fleet, int exitCode)
    {
        using var text = new MemoryStream();
        Write(fleet, exitCode, bytes => text.Write(bytes));
        return Encoding.UTF8.GetString(text.ToArray());
    }

    private static void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Action<ReadOnlySpan<byte>> sink)
    {
        json.Flush();
        sink(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
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
