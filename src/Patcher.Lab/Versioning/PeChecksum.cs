using System.Buffers.Binary;

namespace Patcher.Lab.Versioning;

/// <summary>
/// The optional header CheckSum as imagehlp's CheckSumMappedFile computes it: a 16-bit
/// one's-complement-style sum of the file with the CheckSum field taken as zero, plus the file length.
/// </summary>
internal static class PeChecksum
{
    public static uint Compute(ReadOnlySpan<byte> image, long checkSumOffset)
    {
        ulong sum = 0;
        for (var i = 0; i < image.Length; i += 2)
        {
            if (i == checkSumOffset || i == checkSumOffset + 2)
            {
                continue;
            }

            uint word = i + 1 < image.Length ? BinaryPrimitives.ReadUInt16LittleEndian(image[i..]) : image[i];
            sum += word;
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        sum = (sum & 0xFFFF) + (sum >> 16);
        return (uint)sum + (uint)image.Length;
    }
}
