using System.Globalization;
using System.Text.Json;
using Patcher.Core.Versioning;

namespace Patcher.Packaging.Manifest;

/// <summary>A JSON object and its path (<c>$.files[0]</c>): typed field reads that fail with the field's path.</summary>
internal readonly record struct JsonFields(JsonElement Element, string Path)
{
    public string PathOf(string name) => $"{Path}.{name}";

    public void RequireObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw new HotfixManifestException(HotfixManifestCodes.NotJson, Path, $"expected a JSON object, found {Element.ValueKind}.");
        }
    }

    public JsonFields Object(string name)
    {
        var value = Get(name, JsonValueKind.Object, "an object");
        return new JsonFields(value, PathOf(name));
    }

    public IEnumerable<JsonFields> Objects(string name)
    {
        var array = Get(name, JsonValueKind.Array, "an array of objects");
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var fields = new JsonFields(item, $"{PathOf(name)}[{index++}]");
            fields.RequireObject();
            yield return fields;
        }
    }

    public string NonEmptyString(string name)
    {
        var text = Get(name, JsonValueKind.String, "a string").GetString()!;
        return string.IsNullOrWhiteSpace(text)
            ? throw new HotfixManifestException(HotfixManifestCodes.BadValue, PathOf(name), "must not be empty.")
            : text;
    }

    public IReadOnlyList<string> NonEmptyStrings(string name) =>
        Items(name, JsonValueKind.String, "an array of strings")
            .Select(item => string.IsNullOrWhiteSpace(item.Value.GetString())
                ? throw new HotfixManifestException(HotfixManifestCodes.BadValue, item.Path, "must not be empty.")
                : item.Value.GetString()!)
            .ToArray();

    public IReadOnlyList<int> Ints(string name) =>
        Items(name, JsonValueKind.Number, "an array of integers")
            .Select(item => item.Value.TryGetInt32(out var n)
                ? n
                : throw new HotfixManifestException(HotfixManifestCodes.BadValue, item.Path, "must be a 32-bit integer."))
            .ToArray();

    public int Int(string name) =>
        Get(name, JsonValueKind.Number, "an integer").TryGetInt32(out var value)
            ? value
            : throw new HotfixManifestException(HotfixManifestCodes.BadValue, PathOf(name), "must be a 32-bit integer.");

    public long Long(string name) =>
        Get(name, JsonValueKind.Number, "an integer").TryGetInt64(out var value)
            ? value
            : throw new HotfixManifestException(HotfixManifestCodes.BadValue, PathOf(name), "must be a 64-bit integer.");

    public bool Bool(string name) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw Missing(name, "true or false");

    public FileVersion Version(string name)
    {
        var text = NonEmptyString(name);
        return FileVersion.TryParse(text, out var version)
            ? version
            : throw new HotfixManifestException(HotfixManifestCodes.BadValue, PathOf(name), $"'{text}' is not a file version such as 5.5.2653.23.");
    }

    private JsonElement Get(string name, JsonValueKind kind, string expected) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : throw Missing(name, expected);

    private (JsonElement Value, string Path)[] Items(string name, JsonValueKind kind, string expected)
    {
        var array = Get(name, JsonValueKind.Array, expected);
        var path = PathOf(name);
        return array.EnumerateArray()
            .Select((item, index) => (item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]")))
            .Select(pair => pair.item.ValueKind == kind
                ? (Value: pair.item, Path: pair.Item2)
                : throw new HotfixManifestException(HotfixManifestCodes.MissingField, pair.Item2, $"has the wrong type: expected {kind}, found {pair.item.ValueKind}."))
            .ToArray();
    }

    private HotfixManifestException Missing(string name, string expected) =>
        new(
            HotfixManifestCodes.MissingField,
            PathOf(name),
            Element.TryGetProperty(name, out var value) ? $"must be {expected}, found {value.ValueKind}." : $"is missing; it must be {expected}.");
}
