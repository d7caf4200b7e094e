using System.Globalization;
using System.Text;
using System.Text.Json;
using Patcher.Core.Versioning;

namespace Patcher.Core.Assessment;

/// <summary>
/// Reads and writes a <see cref="FixBaseline"/> as JSON (schema version 1, documented in <c>Assessment/README.md</c>):
/// <c>{"schemaVersion":1,"kbArticle":"Q248732","product":"Exchange 5.5 MTA","appliesTo":"5.5",
/// "fixFiles":["EMSMTA.EXE","X400OM.DLL"],"hotfixMinimum":"5.5.2651.69","baseline":"5.5.2653.23"}</c>.
/// Unknown properties are ignored, so later schema additions do not break this reader.
/// </summary>
public static class FixBaselineJson
{
    /// <summary>The schema version this agent writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The largest baseline file read: 1 MiB (one is a few hundred bytes).</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Parses a baseline document.</summary>
    /// <exception cref="FixBaselineException">The text is not a valid baseline; the code says how.</exception>
    public static FixBaseline Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new FixBaselineException(FixBaselineException.NotJson, $"not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Reads a baseline from a JSON object, e.g. the one the package manifest embeds.</summary>
    /// <exception cref="FixBaselineException">The object is not a valid baseline; the code says how.</exception>
    public static FixBaseline Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FixBaselineException(FixBaselineException.NotJson, $"expected a JSON object, found {element.ValueKind}.");
        }

        var schema = element.TryGetProperty("schemaVersion", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var n)
            ? n
            : throw new FixBaselineException(FixBaselineException.MissingField, "'schemaVersion' must be a number.");
        if (schema != SchemaVersion)
        {
            throw new FixBaselineException(
                FixBaselineException.UnsupportedSchema,
                string.Create(CultureInfo.InvariantCulture, $"'schemaVersion' {schema} is not supported; this agent reads {SchemaVersion}."));
        }

        var (major, minor) = ReadAppliesTo(String(element, "appliesTo"));
        return new FixBaseline(
            String(element, "kbArticle"),
            String(element, "product"),
            major,
            minor,
            Strings(element, "fixFiles"),
            Version(element, "hotfixMinimum"),
            Version(element, "baseline"));
    }

    /// <summary>Writes <paramref name="baseline"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, FixBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(baseline);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("kbArticle", baseline.KbArticle);
        writer.WriteString("product", baseline.Product);
        writer.WriteString("appliesTo", baseline.AppliesTo);
        writer.WriteStartArray("fixFiles");
        foreach (var file in baseline.FixFiles)
        {
            writer.WriteStringValue(file);
        }

        writer.WriteEndArray();
        writer.WriteString("hotfixMinimum", baseline.HotfixMinimum.ToString());
        writer.WriteString("baseline", baseline.Baseline.ToString());
        writer.WriteEndObject();
    }

    /// <summary>The baseline as an indented JSON document.</summary>
    public static string ToJson(FixBaseline baseline)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, baseline);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FixBaselineException(FixBaselineException.MissingField, $"'{name}' must be a string.");

    private static string[] Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new FixBaselineException(FixBaselineException.MissingField, $"'{name}' must be an array of file names.");
        }

        return array.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new FixBaselineException(FixBaselineException.MissingField, $"'{name}' must hold strings only."))
            .ToArray();
    }

    private static FileVersion Version(JsonElement element, string name)
    {
        var text = String(element, name);
        return FileVersion.TryParse(text, out var version)
            ? version
            : throw new FixBaselineException(FixBaselineException.BadVersion, $"'{name}' is '{text}'; expected a file version such as 5.5.2653.23.");
    }

    private static (int Major, int Minor) ReadAppliesTo(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 2
            && ushort.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && ushort.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? (major, minor)
            : throw new FixBaselineException(FixBaselineException.BadVersion, $"'appliesTo' is '{text}'; expected major.minor such as 5.5.");
    }
}
