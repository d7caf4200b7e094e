namespace Patcher.Lab.Versioning;

/// <summary>
/// Lays out a .rsrc section holding one resource, RT_VERSION / 1 / en-US (PE/COFF spec, "The .rsrc Section").
/// </summary>
internal static class ResourceSectionBuilder
{
    private const uint VersionType = 16;             // RT_VERSION
    private const uint VersionName = 1;              // VS_VERSION_INFO
    private const uint LanguageEnUs = 0x0409;
    private const uint SubdirectoryFlag = 0x80000000;
    private const int DirectoryWithOneEntry = 16 + 8;

    public static byte[] Build(uint sectionRva, byte[] versionResource)
    {
        const int names = DirectoryWithOneEntry;
        const int languages = 2 * DirectoryWithOneEntry;
        const int dataEntry = 3 * DirectoryWithOneEntry;
        const int data = dataEntry + 16;              // 0x58, 8-aligned

        var w = new LittleEndianBuffer();
        Directory(w, VersionType, SubdirectoryFlag | names);
        Directory(w, VersionName, SubdirectoryFlag | languages);
        Directory(w, LanguageEnUs, dataEntry);

        // IMAGE_RESOURCE_DATA_ENTRY: OffsetToData is an RVA.
        w.UInt32(sectionRva + data);
        w.UInt32((uint)versionResource.Length);
        w.UInt32(0);                                  // CodePage
        w.UInt32(0);                                  // Reserved
        w.Bytes(versionResource);
        return w.ToArray();
    }

    private static void Directory(LittleEndianBuffer w, uint id, uint target)
    {
        w.UInt32(0);                                  // Characteristics
        w.UInt32(0);                                  // TimeDateStamp
        w.UInt32(0);                                  // MajorVersion, MinorVersion
        w.UInt16(0);                                  // NumberOfNamedEntries
        w.UInt16(1);                                  // NumberOfIdEntries
        w.UInt32(id);
        w.UInt32(target);
    }
}
