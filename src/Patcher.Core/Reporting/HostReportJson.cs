using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Patcher.Core.Reporting;

/// <summary>Reads and writes <see cref="HostReport"/> JSON (schema in <c>Reporting/README.md</c>).</summary>
public static class HostReportJson
{
    /// <summary>
    /// The generated contract, with every field whose type is not nullable made required: a report missing one is
    /// invalid, while an absent nullable field (omitted when null) reads as null.
    /// </summary>
    private static readonly JsonTypeInfo<HostReport> Contract = (JsonTypeInfo<HostReport>)new JsonSerializerOptions(HostReportJsonContext.Default.Options)
    {
        TypeInfoResolver = HostReportJsonContext.Default.WithAddedModifier(type =>
        {
            foreach (var property in type.Properties)
            {
                property.IsRequired = property.AssociatedParameter is { IsNullable: false };
            }
        }),
    }.GetTypeInfo(typeof(HostReport));

    /// <summary>The report as indented UTF-8 JSON.</summary>
    /// <exception cref="HostReportFormatException"><see cref="HostReportFormatException.InvalidValue"/>: the report would not read back.</exception>
    public static byte[] Serialize(HostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Validate(report);
        return JsonSerializer.SerializeToUtf8Bytes(report, Contract);
    }

    /// <summary>Reads a report written by <see cref="Serialize"/> (this schema version).</summary>
    /// <exception cref="HostReportFormatException">It is not a valid schema-1 host report; the code says how.</exception>
    public static HostReport Deserialize(ReadOnlySpan<byte> json)
    {
        var version = ReadSchemaVersion(json);
        if (version != HostReport.CurrentSchemaVersion)
        {
            throw new HostReportFormatException(
                HostReportFormatException.UnsupportedSchema,
                $"schemaVersion {version} is not one this agent reads ({HostReport.CurrentSchemaVersion}).");
        }

        HostReport? report;
        try
        {
            report = JsonSerializer.Deserialize(json, Contract);
        }
        catch (JsonException exception)
        {
            throw new HostReportFormatException(HostReportFormatException.Invalid, $"not a host report: {exception.Message}", exception);
        }

        if (report is null)
        {
            throw new HostReportFormatException(HostReportFormatException.Invalid, "not a host report: the document is null.");
        }

        Validate(report);
        return report;
    }

    /// <summary>Whether <paramref name="runId"/> can name a report file: 1–64 of letters, digits, <c>.</c>, <c>_</c>, <c>-</c>, not starting with <c>.</c>.</summary>
    public static bool IsValidRunId(string? runId) =>
        !string.IsNullOrEmpty(runId)
        && runId.Length <= 64
        && runId[0] != '.'
        && runId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>
    /// The top-level <c>schemaVersion</c>, read with a forward-only reader that skips every other member unparsed: a
    /// fleet report reads thousands of reports, and this check runs before the typed read of each.
    /// </summary>
    private static int ReadSchemaVersion(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new HostReportFormatException(HostReportFormatException.Invalid, "not a host report: no numeric schemaVersion.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number)
                        ? number
                        : throw new HostReportFormatException(HostReportFormatException.Invalid, "not a host report: no numeric schemaVersion.");
                }

                reader.Skip();
            }

            throw new HostReportFormatException(HostReportFormatException.Invalid, "not a host report: no numeric schemaVersion.");
        }
        catch (JsonException exception)
        {
            throw new HostReportFormatException(HostReportFormatException.Invalid, $"not JSON: {exception.Message}", exception);
        }
    }

    private static void Validate(HostReport report)
    {
        if (report.SchemaVersion != HostReport.CurrentSchemaVersion)
        {
            throw new HostReportFormatException(HostReportFormatException.UnsupportedSchema, $"schemaVersion must be {HostReport.CurrentSchemaVersion}, not {report.SchemaVersion}.");
        }

        if (string.IsNullOrWhiteSpace(report.Host))
        {
            throw new HostReportFormatException(HostReportFormatException.InvalidValue, "host is empty.");
        }

        if (report.Ring is { } ring && !Rollout.RingName.IsValid(ring))
        {
            throw new HostReportFormatException(HostReportFormatException.InvalidValue, $"ring '{ring}' is not a ring name: 1-32 lower-case letters, digits and '-', starting with a letter.");
        }

        if (!IsValidRunId(report.RunId))
        {
            throw new HostReportFormatException(HostReportFormatException.InvalidValue, $"runId '{report.RunId}' cannot name a file: use 1-64 letters, digits, '.', '_' or '-'.");
        }

        if (report.FinishedAt < report.StartedAt)
        {
            throw new HostReportFormatException(HostReportFormatException.InvalidValue, $"finishedAt {report.FinishedAt:O} is before startedAt {report.StartedAt:O}.");
        }
    }
}
