using System.Text.Json;
using System.Text.Json.Serialization;

namespace Patcher.Core.Reporting;

/// <summary>
/// Writes an enum as its stable kebab-case name and reads only those names: the names are the schema, so a renamed
/// member must not change the JSON, and an unknown name is an invalid report, not a default value.
/// </summary>
internal abstract class NamedEnumJsonConverter<T>(Func<T, string> toName) : JsonConverter<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byName = Enum.GetValues<T>().ToDictionary(toName, StringComparer.Ordinal);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return name is not null && _byName.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"expected one of {string.Join(", ", _byName.Keys)} for {typeof(T).Name}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(toName(value));
    }
}
