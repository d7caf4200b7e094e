using System.Text.Json.Serialization;

namespace Patcher.Agent.Decode;

/// <summary>Source-generated serialization for <see cref="DecodeDocument"/>: camelCase, indented, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DecodeDocument))]
internal sealed partial class DecodeJsonContext : JsonSerializerContext;
