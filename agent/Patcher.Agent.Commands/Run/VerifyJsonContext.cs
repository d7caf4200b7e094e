using System.Text.Json.Serialization;

namespace Patcher.Agent.Run;

/// <summary>The JSON of <c>patcher verify --json</c>: camelCase, indented.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(VerifyDocument))]
internal sealed partial class VerifyJsonContext : JsonSerializerContext;
