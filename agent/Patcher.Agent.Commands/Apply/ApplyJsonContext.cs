using System.Text.Json.Serialization;

namespace Patcher.Agent.Apply;

/// <summary>Source-generated serialization for <see cref="ApplyDocument"/>: camelCase, indented, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApplyDocument))]
internal sealed partial class ApplyJsonContext : JsonSerializerContext;
