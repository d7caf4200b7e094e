using System.Text.Json;
using System.Text.Json.Serialization;

namespace Patcher.Lab.Scm;

/// <summary>The JSON shape of the lab SCM's protocol and state: camelCase, enums as names, nulls left out.</summary>
public static class ScmJson
{
    /// <summary>One object per line (the socket protocol).</summary>
    public static JsonSerializerOptions Line { get; } = Create(indented: false);

    /// <summary>Indented (files a human may read).</summary>
    public static JsonSerializerOptions File { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
