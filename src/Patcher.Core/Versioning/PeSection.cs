namespace Patcher.Core.Versioning;

/// <summary>One row of the section table (PE/COFF spec, "Section Table (Section Headers)").</summary>
internal readonly record struct PeSection(string Name, uint VirtualAddress, uint VirtualSize, uint PointerToRawData, uint SizeOfRawData)
{
    /// <summary>
    /// Maps <paramref name="rva"/> to a file offset when it falls in this section's raw data;
    /// <paramref name="available"/> is how many bytes of the section's file data follow it.
    /// </summary>
    public bool TryMap(uint rva, out long fileOffset, out long available)
    {
        // A zero VirtualSize means "same as SizeOfRawData" (old linkers); beyond the raw data the
        // loader zero-fills, which a file reader cannot see.
        long delta = (long)rva - VirtualAddress;
        var span = VirtualSize == 0 ? SizeOfRawData : Math.Min(VirtualSize, SizeOfRawData);
        if (delta < 0 || delta >= span)
        {
            fileOffset = 0;
            available = 0;
            return false;
        }

        fileOffset = PointerToRawData + delta;
        available = span - delta;
        return true;
    }
}
