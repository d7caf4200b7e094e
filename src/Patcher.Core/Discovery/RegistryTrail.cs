using System.Globalization;
using Patcher.Core.Platform;

namespace Patcher.Core.Discovery;

/// <summary>Reads registry values and remembers each one looked at, present or not, as evidence.</summary>
internal sealed class RegistryTrail(IRegistry registry)
{
    private readonly List<RegistryEvidence> _seen = [];

    /// <summary>Every value looked at, in order.</summary>
    public IReadOnlyList<RegistryEvidence> Seen => _seen;

    /// <summary>The value, or null when absent.</summary>
    public RegistryValue? Get(string keyPath, string valueName)
    {
        var value = registry.GetValue(keyPath, valueName);
        _seen.Add(new RegistryEvidence(keyPath, valueName, value));
        return value;
    }

    /// <summary>A string value's text (REG_SZ or REG_EXPAND_SZ), or null when absent, empty or of another type.</summary>
    public string? GetText(string keyPath, string valueName) =>
        Get(keyPath, valueName) is { Text: { Length: > 0 } text } ? text : null;

    /// <summary>A number: a REG_DWORD, or a REG_SZ holding decimal digits; null otherwise.</summary>
    public int? GetNumber(string keyPath, string valueName) => Get(keyPath, valueName) switch
    {
        { Number: { } number } when number <= int.MaxValue => (int)number,
        { Text: { } text } when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A REG_MULTI_SZ's lines, or null when absent or of another type.</summary>
    public IReadOnlyList<string>? GetLines(string keyPath, string valueName) => Get(keyPath, valueName)?.Lines;
}
