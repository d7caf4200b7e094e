namespace Patcher.Core.Platform;

/// <summary>
/// The local machine's registry, narrowed to what the agent needs. Keys are written in full from the hive,
/// e.g. <c>HKLM\SOFTWARE\Microsoft\Exchange\Setup</c>; names compare case-insensitively, as on Windows.
/// </summary>
public interface IRegistry
{
    /// <summary>The value, or null when the key or the value does not exist.</summary>
    RegistryValue? GetValue(string keyPath, string valueName);

    /// <summary>The names of the key's values; empty when the key does not exist.</summary>
    IReadOnlyList<string> GetValueNames(string keyPath);

    /// <summary>The names of the key's subkeys; empty when the key does not exist.</summary>
    IReadOnlyList<string> GetSubKeyNames(string keyPath);

    /// <summary>Creates the key as needed and sets the value.</summary>
    void SetValue(string keyPath, string valueName, RegistryValue value);
}
