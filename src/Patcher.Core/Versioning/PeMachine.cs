using System.Globalization;

namespace Patcher.Core.Versioning;

/// <summary>
/// A PE image's COFF <c>Machine</c> field (PE/COFF spec, "Machine Types"). Exchange 5.5 shipped for Intel (<see cref="I386"/>)
/// and Alpha (<see cref="Alpha"/>); manifests and reports name them <c>i386</c> and <c>alpha</c>.
/// </summary>
/// <param name="Value">The raw IMAGE_FILE_MACHINE_* value.</param>
public readonly record struct PeMachine(ushort Value)
{
    /// <summary>IMAGE_FILE_MACHINE_I386 (0x14C): Intel x86, the usual Exchange 5.5 build. Also what AnyCPU .NET assemblies declare.</summary>
    public static readonly PeMachine I386 = new(0x014C);

    /// <summary>IMAGE_FILE_MACHINE_ALPHA (0x184): DEC Alpha AXP, the other Exchange 5.5 build.</summary>
    public static readonly PeMachine Alpha = new(0x0184);

    /// <summary>IMAGE_FILE_MACHINE_AMD64 (0x8664).</summary>
    public static readonly PeMachine Amd64 = new(0x8664);

    /// <summary>IMAGE_FILE_MACHINE_ARM64 (0xAA64).</summary>
    public static readonly PeMachine Arm64 = new(0xAA64);

    private static readonly (PeMachine Machine, string Name)[] Names = [(I386, "i386"), (Alpha, "alpha"), (Amd64, "amd64"), (Arm64, "arm64")];

    /// <summary>The machines an Exchange 5.5 MTA build exists for: <see cref="I386"/> and <see cref="Alpha"/>.</summary>
    public static IReadOnlyList<PeMachine> Exchange55 { get; } = [I386, Alpha];

    /// <summary>Whether the machine is a 32-bit one (I386, Alpha): its images are PE32, not PE32+.</summary>
    public bool Is32Bit => this == I386 || this == Alpha;

    /// <summary>Whether the machine has a name (<c>i386</c>, <c>alpha</c>, <c>amd64</c>, <c>arm64</c>).</summary>
    public bool IsKnown => KnownName() is not null;

    /// <summary>The name (<c>i386</c>, <c>alpha</c>, ...), or the value as <c>0x01C4</c> when it has none.</summary>
    public string Name => KnownName() ?? string.Create(CultureInfo.InvariantCulture, $"0x{Value:X4}");

    /// <summary>Reads a name (case-insensitive) as <see cref="Name"/> writes it, or <c>0x</c> and four hex digits.</summary>
    public static bool TryParse(string? text, out PeMachine machine)
    {
        var trimmed = text?.Trim() ?? "";
        foreach (var (known, name) in Names)
        {
            if (name.Equals(trimmed, StringComparison.OrdinalIgnoreCase))
            {
                machine = known;
                return true;
            }
        }

        ushort value = 0;
        var isHex = trimmed.Length == 6 && trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && ushort.TryParse(trimmed.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        machine = new PeMachine(value);
        return isHex;
    }

    private string? KnownName()
    {
        foreach (var (known, name) in Names)
        {
            if (known == this)
            {
                return name;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
