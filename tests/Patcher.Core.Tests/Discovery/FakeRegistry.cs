using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Discovery;

/// <summary>HKLM in a dictionary; names compare case-insensitively, as on Windows.</summary>
internal sealed class FakeRegistry : IRegistry
{
    private readonly Dictionary<string, Dictionary<string, RegistryValue>> _keys = new(StringComparer.OrdinalIgnoreCase);

    public RegistryValue? GetValue(string keyPath, string valueName) =>
        _keys.TryGetValue(keyPath, out var key) && key.TryGetValue(valueName, out var value) ? value : null;

    public IReadOnlyList<string> GetValueNames(string keyPath) =>
        _keys.TryGetValue(keyPath, out var key) ? [.. key.Keys] : [];

    public IReadOnlyList<string> GetSubKeyNames(string keyPath) =>
        [.. _keys.Keys.Where(k => k.StartsWith(keyPath + "\\", StringComparison.OrdinalIgnoreCase)).Select(k => k[(keyPath.Length + 1)..].Split('\\')[0]).Distinct(StringComparer.OrdinalIgnoreCase)];

    public void SetValue(string keyPath, string valueName, RegistryValue value)
    {
        if (!_keys.TryGetValue(keyPath, out var key))
        {
            key = new Dictionary<string, RegistryValue>(StringComparer.OrdinalIgnoreCase);
            _keys[keyPath] = key;
        }

        key[valueName] = value;
    }
}
