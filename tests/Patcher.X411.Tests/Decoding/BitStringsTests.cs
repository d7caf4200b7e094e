using Patcher.X411.Ber;

namespace Patcher.X411.Tests.Decoding;

public sealed class BitStringsTests
{
    /// <summary>
    /// Every octet with every count of significant bits, and random contents of two to four octets: the flags are those
    /// of testing each bit in turn from the top of the first octet (X.690 8.6.2), the way the decoder read them before.
    /// </summary>
    [Fact]
    public void Flags_AreTheNamedBitsCountedFromTheTopOfTheFirstOctet()
    {
        for (var octet = 0; octet < 256; octet++)
        {
            for (var significant = 0; significant <= 8; significant++)
            {
                byte[] contents = [(byte)octet];
                Assert.Equal(BitByBit(contents, significant), BitStrings.Flags(contents, significant));
            }
        }

        var random = new Random(248732);
        for (var round = 0; round < 20_000; round++)
        {
            var contents = new byte[random.Next(2, 5)];
            random.NextBytes(contents);
            var significant = (contents.Length * 8) - random.Next(0, 8);
            Assert.Equal(BitByBit(contents, significant), BitStrings.Flags(contents, significant));
        }
    }

    [Fact]
    public void Flags_FirstBitIsFlagOne_LastOfFourOctetsIsTheSignBit()
    {
        Assert.Equal(1, BitStrings.Flags([0x80], 8));
        Assert.Equal(0b110, BitStrings.Flags([0x60], 3));
        Assert.Equal(int.MinValue, BitStrings.Flags([0, 0, 0, 0x01], 32));
        Assert.Equal(0, BitStrings.Flags([0x01], 7));
    }

    private static int BitByBit(byte[] contents, int significant)
    {
        var flags = 0;
        for (var i = 0; i < significant; i++)
        {
            if ((contents[i / 8] & (0x80 >> (i % 8))) != 0)
            {
                flags |= 1 << i;
            }
        }

        return flags;
    }
}
