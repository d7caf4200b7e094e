using System.Globalization;
using Patcher.Core.Platform;

namespace Patcher.Windows.Registry;

/// <summary>
/// Between the registry's (REG_* type, data) pairs, as <c>Microsoft.Win32.RegistryKey</c> reads and writes them, and the
/// agent's <see cref="RegistryValue"/>. Types are the winnt.h numbers, which <c>Microsoft.Win32.RegistryValueKind</c> shares.
/// </summary>
internal static class RegistryValueConversion
{
    /// <summary>REG_SZ.</summary>
    public const int RegSz = 1;

    /// <summary>REG_EXPAND_SZ.</summary>
    public const int RegExpandSz = 2;

    /// <summary>REG_BINARY.</summary>
    public const int RegBinary = 3;

    /// <summary>REG_DWORD.</summary>
    public const int RegDword = 4;

    /// <summary>REG_MULTI_SZ.</summary>
    public const int RegMultiSz = 7;

    /// <summary>REG_QWORD.</summary>
    public const int RegQword = 11;

    /// <summary>The value of REG_* type <paramref name="type"/> with <paramref name="data"/> (unexpanded for REG_EXPAND_SZ).</summary>
    /// <param name="type">The REG_* type.</param>
    /// <param name="data">What <c>RegistryKey.GetValue</c> returned: string, int (REG_DWORD) or string[].</param>
    /// <param name="where">The value's full name, for the error message.</param>
    /// <exception cref="NotSupportedException">A type the agent does not read (REG_BINARY, REG_QWORD, ...).</exception>
    public static RegistryValue FromWin32(int type, object data, string where)
    {
        ArgumentNullException.ThrowIfNull(data);
        return type switch
        {
            RegSz => RegistryValue.Sz((string)data),
            RegExpandSz => RegistryValue.ExpandSz((string)data),
            // RegistryKey returns a REG_DWORD as int: keep the bits (0xFFFFFFFF stays 4294967295).
            RegDword => RegistryValue.DWord(unchecked((uint)(int)data)),
            RegMultiSz => RegistryValue.MultiSz((string[])data),
            _ => throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
                $"The registry value {where} is of type {TypeName(type)}; the agent reads REG_SZ, REG_EXPAND_SZ, REG_DWORD and REG_MULTI_SZ only. Check that the right value is configured.")),
        };
    }

    /// <summary>The (REG_* type, data) pair <c>RegistryKey.SetValue</c> takes for <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value lacks the data its kind needs.</exception>
    public static (int Type, object Data) ToWin32(RegistryValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Kind switch
        {
            RegistryValueKind.Sz => (RegSz, value.Text ?? throw Missing(value, "Text")),
            RegistryValueKind.ExpandSz => (RegExpandSz, value.Text ?? throw Missing(value, "Text")),
            RegistryValueKind.DWord => (RegDword, unchecked((int)(value.Number ?? throw Missing(value, "Number")))),
            RegistryValueKind.MultiSz => (RegMultiSz, (value.Lines ?? throw Missing(value, "Lines")).ToArray()),
            _ => throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Registry value kind {(int)value.Kind} is not one the agent writes."), nameof(value)),
        };
    }

    private static string TypeName(int type) => type switch
    {
        0 => "REG_NONE",
        RegBinary => "REG_BINARY",
        RegQword => "REG_QWORD",
        _ => string.Create(CultureInfo.InvariantCulture, $"REG_* {type}"),
    };

    private static ArgumentException Missing(RegistryValue value, string property) =>
        new($"A {value.Kind} registry value needs {property}; it is null.", nameof(value));
}
