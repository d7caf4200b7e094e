using System.Text.Json;
using System.Text.Json.Serialization;
using Patcher.Core.Versioning;

namespace Patcher.Core.Reporting;

/// <summary><see cref="FileVersion"/> as its four-part string, e.g. <c>"5.5.2653.23"</c>.</summary>
internal sealed class FileVersionJsonConverter : JsonConverter<FileVersion>
{
    public override FileVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && FileVersion.TryParse(reader.GetString(), out var version)
            ? version
            : throw new JsonException("expected a file version such as \"5.5.2653.23\"");

    public override void Write(Utf8JsonWriter writer, FileVersion value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
