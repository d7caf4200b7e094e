using System.Text.Json.Serialization;

namespace Patcher.Agent.Scan;

/// <summary>Source-generated serialization for <see cref="ScanDocument"/>: camelCase, indented, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ScanDocument))]
internal sealed partial class ScanJsonContext : JsonSerializerContext;
