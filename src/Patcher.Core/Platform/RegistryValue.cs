using System.Globalization;

namespace Patcher.Core.Platform;

/// <summary>A registry value: its type and data.</summary>
/// <param name="Kind">REG_SZ, REG_EXPAND_SZ, REG_DWORD or REG_MULTI_SZ.</param>
/// <param name="Text">The data of a string value.</param>
/// <param name="Number">The data of a REG_DWORD.</param>
/// <param name="Lines">The data of a REG_MULTI_SZ.</param>
public sealed record RegistryValue(RegistryValueKind Kind, string? Text = null, uint? Number = null, IReadOnlyList<string>? Lines = null)
{
    /// <summary>A REG_SZ.</summary>
    public static RegistryValue Sz(string text) => new(RegistryValueKind.Sz, Text: text);

    /// <summary>A REG_EXPAND_SZ.</summary>
    public static RegistryValue ExpandSz(string text) => new(RegistryValueKind.ExpandSz, Text: text);

    /// <summary>A REG_DWORD.</summary>
    public static RegistryValue DWord(uint number) => new(RegistryValueKind.DWord, Number: number);

    /// <summary>A REG_MULTI_SZ.</summary>
    public static RegistryValue MultiSz(IReadOnlyList<string> lines) => new(RegistryValueKind.MultiSz, Lines: lines);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        RegistryValueKind.DWord => $"REG_DWORD {Number?.ToString(CultureInfo.InvariantCulture)}",
        RegistryValueKind.MultiSz => $"REG_MULTI_SZ {string.Join("\\0", Lines ?? [])}",
        RegistryValueKind.ExpandSz => $"REG_EXPAND_SZ {Text}",
        _ => $"REG_SZ {Text}",
    };
}
