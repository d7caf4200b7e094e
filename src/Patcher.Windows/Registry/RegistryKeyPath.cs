namespace Patcher.Windows.Registry;

/// <summary>
/// A key under HKLM, parsed from <c>HKLM\...</c> or <c>HKEY_LOCAL_MACHINE\...</c> (any case). Only the separator is
/// <c>\</c>: Windows allows <c>/</c> inside a key name, so it is kept as part of the name.
/// </summary>
/// <param name="SubKey">The path below the hive, without leading or trailing separators; empty for the hive itself.</param>
internal sealed record RegistryKeyPath(string SubKey)
{
    private static readonly string[] LocalMachine = ["HKLM", "HKEY_LOCAL_MACHINE"];

    private static readonly string[] OtherHives =
    [
        "HKCU", "HKEY_CURRENT_USER", "HKCR", "HKEY_CLASSES_ROOT", "HKU", "HKEY_USERS", "HKCC", "HKEY_CURRENT_CONFIG",
        "HKPD", "HKEY_PERFORMANCE_DATA",
    ];

    /// <summary>Parses <paramref name="keyPath"/>; trailing separators are ignored.</summary>
    /// <exception cref="ArgumentException">Empty, not under HKLM, or with an empty key name inside.</exception>
    public static RegistryKeyPath Parse(string keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        var path = keyPath.TrimEnd('\\');
        if (path.Length == 0)
        {
            throw new ArgumentException("A registry key path is needed, e.g. HKLM\\SOFTWARE\\Microsoft\\Exchange\\Setup.", nameof(keyPath));
        }

        var separator = path.IndexOf('\\', StringComparison.Ordinal);
        var hive = separator < 0 ? path : path[..separator];
        var subKey = separator < 0 ? "" : path[(separator + 1)..];
        if (!LocalMachine.Contains(hive, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(Array.Exists(OtherHives, h => h.Equals(hive, StringComparison.OrdinalIgnoreCase))
                ? $"The registry key '{keyPath}' is in {hive}; the agent reads and writes HKLM only (HKLM\\... or HKEY_LOCAL_MACHINE\\...)."
                : $"The registry key '{keyPath}' does not start with a hive; write it as HKLM\\... or HKEY_LOCAL_MACHINE\\...", nameof(keyPath));
        }

        if (subKey.Length > 0 && subKey.Split('\\').Any(name => name.Length == 0))
        {
            throw new ArgumentException($"The registry key '{keyPath}' has an empty key name (a doubled '\\').", nameof(keyPath));
        }

        return new RegistryKeyPath(subKey);
    }

    /// <inheritdoc />
    public override string ToString() => SubKey.Length == 0 ? "HKLM" : @"HKLM\" + SubKey;
}
