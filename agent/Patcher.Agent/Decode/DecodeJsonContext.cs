using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Patcher.Agent.Decode;

/// <summary>Source-generated serialization for <see cref="DecodeDocument"/>: camelCase, indented, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DecodeDocument))]
internal sealed partial class DecodeJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The document's metadata with relaxed escaping: the output goes to a terminal or a pipe, never into HTML, so
    /// an apostrophe in a reason stays an apostrophe instead of <c>\u0027</c>.
    /// </summary>
    public static JsonTypeInfo<DecodeDocument> Document { get; } = (JsonTypeInfo<DecodeDocument>)new JsonSerializerOptions(Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.GetTypeInfo(typeof(DecodeDocument));
}
