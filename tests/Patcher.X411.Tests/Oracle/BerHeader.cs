namespace Patcher.X411.Tests.Oracle;

/// <summary>An element's identifier and length octets (X.690 8.1.2, 8.1.3).</summary>
/// <param name="Start">Offset of the first identifier octet.</param>
/// <param name="Identifier">The identifier octet for low tag numbers; for tag numbers ≥ 31 the first octet (…1F).</param>
/// <param name="TagNumber">The tag number.</param>
/// <param name="ContentStart">Offset of the first content octet.</param>
/// <param name="Length">The content length, or -1 for indefinite.</param>
internal readonly record struct BerHeader(int Start, byte Identifier, int TagNumber, int ContentStart, int Length)
{
    public bool IsConstructed => (Identifier & 0x20) != 0;

    public bool IsIndefinite => Length < 0;

    /// <summary>The identifier with the constructed bit cleared, to compare with a primitive form.</summary>
    public byte PrimitiveIdentifier => (byte)(Identifier & ~0x20);
}
