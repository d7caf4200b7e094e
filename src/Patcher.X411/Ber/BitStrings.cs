namespace Patcher.X411.Ber;

/// <summary>BIT STRING contents as the flags of named bits.</summary>
internal static class BitStrings
{
    /// <summary>
    /// The first <paramref name="significant"/> bits of <paramref name="octets"/> (the contents after the unused-bits
    /// octet, at most four) as flags: named bit n, the n-th bit counted from the top of the first octet (X.690 8.6.2),
    /// is flag <c>1 &lt;&lt; n</c>. Each octet's bits are reversed at once rather than tested one by one.
    /// </summary>
    public static int Flags(ReadOnlySpan<byte> octets, int significant)
    {
        uint flags = 0;
        for (var i = 0; i < octets.Length; i++)
        {
            flags |= (uint)Reversed(octets[i]) << (8 * i);
        }

        return significant >= 32 ? (int)flags : (int)(flags & ((1u << significant) - 1));
    }

    /// <summary>The octet's bits in the opposite order (three 64-bit operations; Bit Twiddling Hacks).</summary>
    private static uint Reversed(byte octet) => (uint)((((octet * 0x80200802UL) & 0x0884422110UL) * 0x0101010101UL) >> 32) & 0xFF;
}
