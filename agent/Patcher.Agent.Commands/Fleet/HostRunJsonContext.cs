using System.Text.Json.Serialization;

namespace Patcher.Agent.Fleet;

/// <summary>The generated contract of <see cref="HostRun"/>: every field required, none null.</summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(HostRun))]
internal sealed partial class HostRunJsonContext : JsonSerializerContext;
