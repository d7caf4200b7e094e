using System.Text.Json.Serialization;

namespace Patcher.Core.Rollout;

/// <summary>Source-generated serialization of <see cref="RingGate"/>: camelCase, indented, every field required.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RingGate))]
internal sealed partial class RingGateJsonContext : JsonSerializerContext;
