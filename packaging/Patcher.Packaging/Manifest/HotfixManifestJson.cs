using System.Text;
using System.Text.Json;
using Patcher.Core.Assessment;
using Patcher.Core.Packages;

namespace Patcher.Packaging.Manifest;

/// <summary>
/// Reads and writes a <see cref="HotfixManifest"/> as <c>hotfix.json</c> (schema version 2, camelCase, format in
/// <c>packaging/README.md</c>). The baseline is embedded as <c>fixBaseline</c> in <see cref="FixBaselineJson"/>'s format.
/// Writing is byte-for-byte deterministic (fixed property order, <c>\n</c> line ends); reading validates everything and
/// refuses with a <see cref="HotfixManifestException"/> that names the code and the JSON path. Unknown properties are ignored.
/// </summary>
public static partial class HotfixManifestJson
{
    /// <summary>The entry name of the manifest inside the package.</summary>
    public const string EntryName = "hotfix.json";

    /// <summary>Documents larger than this (1 MiB) are refused: a manifest lists a handful of files.</summary>
    public const int MaxLength = 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n" };

    /// <summary>Parses a manifest document.</summary>
    /// <exception cref="HotfixManifestException">The document is not a valid manifest; the code and path say how and where.</exception>
    public static HotfixManifest Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxLength)
        {
            throw new HotfixManifestException(HotfixManifestCodes.NotJson, "$", $"the document is {utf8Json.Length} bytes; at most {MaxLength} are accepted.");
        }

        // JsonDocument checks the structure, not the bytes inside names and strings: invalid UTF-8 there would throw
        // InvalidOperationException when read (found by the readers fuzz target).
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw new HotfixManifestException(HotfixManifestCodes.NotJson, "$", "not UTF-8 text.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            throw new HotfixManifestException(HotfixManifestCodes.NotJson, "$", $"not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Parses a manifest document given as text.</summary>
    /// <exception cref="HotfixManifestException">The document is not a valid manifest.</exception>
    public static HotfixManifest Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads and validates a manifest from a JSON object.</summary>
    /// <exception cref="HotfixManifestException">The object is not a valid manifest.</exception>
    public static HotfixManifest Read(JsonElement root)
    {
        var manifest = ReadFields(new JsonFields(root, "$"));
        Validate(manifest);
        return manifest;
    }

    /// <summary>The manifest as UTF-8 JSON: the bytes the package carries as <see cref="EntryName"/>.</summary>
    /// <exception cref="HotfixManifestException">The manifest breaks a rule; nothing is written that could not be read back.</exception>
    public static byte[] ToUtf8Bytes(HotfixManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        Validate(manifest);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, manifest);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The manifest as indented JSON text.</summary>
    public static string ToJson(HotfixManifest manifest) => Encoding.UTF8.GetString(ToUtf8Bytes(manifest));

    private static void Write(Utf8JsonWriter writer, HotfixManifest manifest)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", manifest.SchemaVersion);
        writer.WriteString("packageId", manifest.PackageId);
        writer.WriteString("packageVersion", manifest.PackageVersion);
        writer.WriteString("kbArticle", manifest.Baseline.KbArticle);
        writer.WriteString("title", manifest.Title);
        writer.WriteBoolean("labOnly", manifest.LabOnly);
        writer.WritePropertyName("fixBaseline");
        FixBaselineJson.Write(writer, manifest.Baseline);

        writer.WriteStartObject("applicability");
        writer.WriteString("product", manifest.Applicability.Product);
        writer.WriteString("minimumVersion", manifest.Applicability.MinimumVersion.ToString());
        writer.WriteString("maximumVersion", manifest.Applicability.MaximumVersion.ToString());
        writer.WriteEndObject();

        writer.WriteStartArray("files");
        foreach (var file in manifest.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("source", file.Source);
            writer.WriteString("target", file.Target);
            writer.WriteString("fileVersion", file.FileVersion.ToString());
            writer.WriteString("machine", file.Machine.Name);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteNumber("size", file.Size);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("services");
        WriteStrings(writer, "stopOrder", manifest.Services.StopOrder);
        writer.WriteEndObject();

        var verification = manifest.Verification;
        writer.WriteStartObject("verification");
        writer.WriteString("service", verification.Service);
        writer.WriteNumber("forbiddenExitCode", verification.ForbiddenExitCode);
        writer.WriteStartArray("forbiddenEvents");
        foreach (var id in verification.ForbiddenEvents)
        {
            writer.WriteNumberValue(id);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("requireQueueProgress", verification.RequireQueueProgress);
        writer.WriteBoolean("requirePoisonRejected", verification.RequirePoisonRejected);
        writer.WriteNumber("expectedDiagnostic", verification.ExpectedDiagnostic);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
