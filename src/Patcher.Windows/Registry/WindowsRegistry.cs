using System.Runtime.Versioning;
using System.Security;
using Microsoft.Win32;
using Patcher.Core.Platform;
using RegistryValue = Patcher.Core.Platform.RegistryValue;

namespace Patcher.Windows.Registry;

/// <summary>
/// HKLM through <c>Microsoft.Win32.Registry</c>, in the 64-bit view: a 32-bit process would otherwise be redirected to
/// <c>SOFTWARE\WOW6432Node</c> and miss the Exchange keys.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsRegistry : IRegistry
{
    /// <summary>Opens nothing yet: each call opens and closes the keys it needs.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsRegistry()
    {
        WindowsOnly.Ensure(nameof(WindowsRegistry));
    }

    /// <inheritdoc />
    public RegistryValue? GetValue(string keyPath, string valueName)
    {
        ArgumentNullException.ThrowIfNull(valueName);
        var path = RegistryKeyPath.Parse(keyPath);
        using var key = Open(path);
        // DoNotExpandEnvironmentNames: a REG_EXPAND_SZ is returned as stored, and its kind says it needs expanding.
        var data = key?.GetValue(valueName, null, RegistryValueOptions.DoNotExpandEnvironmentNames);
        return data is null ? null : RegistryValueConversion.FromWin32((int)key!.GetValueKind(valueName), data, $@"{path}\{valueName}");
    }

    /// <inheritdoc />
    public IReadOnlyList<string> GetValueNames(string keyPath)
    {
        using var key = Open(RegistryKeyPath.Parse(keyPath));
        return key?.GetValueNames() ?? [];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> GetSubKeyNames(string keyPath)
    {
        using var key = Open(RegistryKeyPath.Parse(keyPath));
        return key?.GetSubKeyNames() ?? [];
    }

    /// <inheritdoc />
    public void SetValue(string keyPath, string valueName, RegistryValue value)
    {
        ArgumentNullException.ThrowIfNull(valueName);
        var path = RegistryKeyPath.Parse(keyPath);
        var (type, data) = RegistryValueConversion.ToWin32(value);
        try
        {
            using var hive = RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry64);
            using var key = hive.CreateSubKey(path.SubKey, writable: true);
            key.SetValue(valueName, data, (Microsoft.Win32.RegistryValueKind)type);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityException)
        {
            throw new UnauthorizedAccessException(
                $@"Writing {path}\{valueName} was refused: HKLM is writable by administrators only. Run the agent elevated (as an administrator, or as the LocalSystem service).", e);
        }
    }

    private static RegistryKey? Open(RegistryKeyPath path)
    {
        var hive = RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry64);
        if (path.SubKey.Length == 0)
        {
            return hive;
        }

        using (hive)
        {
            return hive.OpenSubKey(path.SubKey);
        }
    }
}
