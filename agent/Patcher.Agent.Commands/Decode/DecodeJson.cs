using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Patcher.Agent.Decode;

/// <summary>Writes the <c>--json</c> document.</summary>
internal static class DecodeJson
{
    /// <summary>
    /// The generated metadata with relaxed escaping: the output goes to a terminal or a pipe, never into HTML, so an
    /// apostrophe in a reason stays an apostrophe instead of <c>\u0027</c>.
    /// </summary>
    private static readonly JsonTypeInfo<DecodeDocument> DocumentTypeInfo =
        new JsonSerializerOptions(DecodeJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            .GetTypeInfo<DecodeDocument>();

    /// <summary><paramref name="document"/> as JSON text.</summary>
    public static string Serialize(DecodeDocument document) => JsonSerializer.Serialize(document, DocumentTypeInfo);
}
