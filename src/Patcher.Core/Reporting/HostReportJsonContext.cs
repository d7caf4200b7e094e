using System.Text.Json.Serialization;

namespace Patcher.Core.Reporting;

/// <summary>
/// Source-generated serialization for <see cref="HostReport"/>: camelCase, indented, nulls omitted, enums as their
/// kebab-case names. <see cref="HostReportJson"/> adds that reading insists on every non-nullable field.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    Converters =
    [
        typeof(HostOutcomeJsonConverter),
        typeof(FixVerdictJsonConverter),
        typeof(HealthVerdictJsonConverter),
        typeof(RunModeJsonConverter),
        typeof(ActionResultJsonConverter),
        typeof(RestartResultJsonConverter),
        typeof(FileVersionJsonConverter),
    ])]
[JsonSerializable(typeof(HostReport))]
internal sealed partial class HostReportJsonContext : JsonSerializerContext;
