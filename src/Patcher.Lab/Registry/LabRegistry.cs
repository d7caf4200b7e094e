using System.Text.Json;
using Patcher.Core.Platform;
using Patcher.Lab.Files;
using Patcher.Core.Files;

namespace Patcher.Lab.Registry;

/// <summary>
/// A lab host's HKLM in one JSON file: keys by full path, values by name, both case-insensitive as on Windows.
/// Every change rewrites the file atomically, so the agent, the lab MTA and the lab SCM can share it.
/// </summary>
public sealed class LabRegistry : IRegistry
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    /// <summary>The largest registry file read: 16 MiB (a lab host's is a few kilobytes).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private readonly string _file;
    private readonly Lock _gate = new();

    /// <summary>The registry stored in <paramref name="file"/> (created on first write).</summary>
    public LabRegistry(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        _file = file;
    }

    /// <inheritdoc />
    public RegistryValue? GetValue(string keyPath, string valueName)
    {
        var key = Load().GetValueOrDefault(Normalize(keyPath));
        return key is not null && key.TryGetValue(valueName, out var stored) ? stored.ToValue() : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> GetValueNames(string keyPath) =>
        Load().GetValueOrDefault(Normalize(keyPath))?.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray() ?? [];

    /// <inheritdoc />
    public IReadOnlyList<string> GetSubKeyNames(string keyPath)
    {
        var prefix = Normalize(keyPath) + "\\";
        return Load().Keys
            .Where(key => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(key => key[prefix.Length..].Split('\\')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <inheritdoc />
    public void SetValue(string keyPath, string valueName, RegistryValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var keys = Load();
            var path = Normalize(keyPath);
            if (!keys.TryGetValue(path, out var key))
            {
                key = new Dictionary<string, StoredValue>(StringComparer.OrdinalIgnoreCase);
                keys[path] = key;
            }

            key[valueName] = StoredValue.From(value);
            AtomicFile.WriteAllText(_file, JsonSerializer.Serialize(keys, Json));
        }
    }

    /// <summary>HKLM\x and HKEY_LOCAL_MACHINE\x are the same key; no trailing separator.</summary>
    private static string Normalize(string keyPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPath);
        var path = keyPath.Replace('/', '\\').Trim('\\');
        const string LongHive = "HKEY_LOCAL_MACHINE";
        if (path.StartsWith(LongHive, StringComparison.OrdinalIgnoreCase))
        {
            path = "HKLM" + path[LongHive.Length..];
        }

        if (!path.StartsWith("HKLM", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The lab registry holds HKLM only; '{keyPath}' is not under it.", nameof(keyPath));
        }

        return "HKLM" + path[4..];
    }

    private Dictionary<string, Dictionary<string, StoredValue>> Load()
    {
        // No file is an empty HKLM; anything else at its name (a directory, a FIFO) is refused by the bounded read.
        if (!Path.Exists(_file))
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        Dictionary<string, Dictionary<string, StoredValue?>?>? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, StoredValue?>?>>(BoundedFile.Read(_file, MaxFileBytes), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The lab registry {_file} is not valid JSON: {e.Message}", e);
        }

        var keys = new Dictionary<string, Dictionary<string, StoredValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, values) in stored ?? [])
        {
            // JSON null where a key or a value belongs: name it, as regedit would show the damage, instead of failing later.
            var key = values ?? throw new InvalidDataException($"The lab registry {_file} is damaged: key {path} is null (a key holds values by name).");
            keys[path] = new Dictionary<string, StoredValue>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in key)
            {
                keys[path][name] = value ?? throw new InvalidDataException($"The lab registry {_file} is damaged: value '{name}' of key {path} is null (a value needs a type and data).");
            }
        }

        return keys;
    }

    /// <summary>A value as stored in the file: its type name and data.</summary>
    private sealed record StoredValue(string Type, string? Text, uint? Number, string[]? Lines)
    {
        public static StoredValue From(RegistryValue value) => new(
            value.Kind switch
            {
                RegistryValueKind.DWord => "REG_DWORD",
                RegistryValueKind.MultiSz => "REG_MULTI_SZ",
                RegistryValueKind.ExpandSz => "REG_EXPAND_SZ",
                _ => "REG_SZ",
            },
            value.Text,
            value.Number,
            value.Lines?.ToArray());

        public RegistryValue ToValue() => Type switch
        {
            "REG_DWORD" => RegistryValue.DWord(Number ?? 0),
            "REG_MULTI_SZ" => RegistryValue.MultiSz(Lines ?? []),
            "REG_EXPAND_SZ" => RegistryValue.ExpandSz(Text ?? string.Empty),
            _ => RegistryValue.Sz(Text ?? string.Empty),
        };
    }
}
