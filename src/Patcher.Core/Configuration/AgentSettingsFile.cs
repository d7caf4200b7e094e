using System.Globalization;
using System.Text.Json;
using Patcher.Core.Files;

namespace Patcher.Core.Configuration;

/// <summary>
/// Reads <c>patcher.settings.json</c>: one JSON object, setting names as properties (comments and trailing commas allowed);
/// a string, a number, or (for lists) an array of strings each. A missing file is an empty layer.
/// </summary>
internal static class AgentSettingsFile
{
    /// <summary>The largest settings file read: 1 MiB (one holds a dozen settings: a few hundred bytes).</summary>
    public const long MaxSettingsBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The raw values by setting name; problems are added to <paramref name="problems"/>.</summary>
    public static Dictionary<string, string> Read(string? file, List<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (file is null || !Path.Exists(file))
        {
            return values;
        }

        try
        {
            return Parse(BoundedFile.Read(file, MaxSettingsBytes), file, problems);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{file}: cannot be read ({(exception as FileRefusedException)?.Reason ?? exception.Message}); it was ignored.");
            return values;
        }
    }

    /// <summary>
    /// The raw values by setting name in <paramref name="utf8Json"/>, the content of <paramref name="file"/>; what is
    /// wrong is added to <paramref name="problems"/> (never thrown).
    /// </summary>
    public static Dictionary<string, string> Parse(ReadOnlySpan<byte> utf8Json, string file, List<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // JsonDocument checks the structure, not the bytes inside names and strings: invalid UTF-8 there would throw
        // InvalidOperationException when read (found by the readers fuzz target).
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            problems.Add($"{file}: not UTF-8 text; it was ignored.");
            return values;
        }

        try
        {
            using var document = JsonDocument.Parse(utf8Json.ToArray(), Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{file}: must hold one JSON object with settings as properties; it was ignored.");
                return values;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var definition = AgentSettingCatalog.Find(property.Name);
                if (definition is null)
                {
                    problems.Add($"{file}: '{property.Name}' is not a setting (known: {string.Join(", ", AgentSettingCatalog.All.Select(d => d.Name))}).");
                }
                else if (ToRaw(property.Value) is { } raw)
                {
                    values[definition.Name] = raw;
                }
                else if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    problems.Add($"{file}: {definition.Name} must be a string, a number or an array of strings.");
                }
            }
        }
        catch (JsonException exception)
        {
            problems.Add($"{file}: not valid JSON ({exception.Message}); it was ignored.");
        }

        return values;
    }

    private static string? ToRaw(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
            string.Join(";", value.EnumerateArray().Select(item => item.GetString())),
        _ => null,
    };
}
