namespace Patcher.Core.Versioning;

/// <summary>
/// Walks the resource tree (PE/COFF spec, "The .rsrc Section"): type → name → language → data entry.
/// The walk is exactly three levels deep, every table is checked against the section before it
/// is read, and a subdirectory that points back at a directory already visited is refused.
/// </summary>
internal static class ResourceDirectory
{
    private const uint VersionType = 16;             // RT_VERSION
    private const uint SubdirectoryFlag = 0x80000000; // IMAGE_RESOURCE_DATA_IS_DIRECTORY
    private const uint NameIsStringFlag = 0x80000000; // IMAGE_RESOURCE_NAME_IS_STRING
    private const int DirectorySize = 16;
    private const int EntrySize = 8;
    private const int DataEntrySize = 16;

    public static ResourceLocation FindVersion(PeBuffer buffer, PeHeaders headers)
    {
        if (headers.ResourceRva == 0)
        {
            throw buffer.Fail(PeErrorCodes.NoVersionResource, headers.ResourceDirectoryEntryOffset, "the image has no resource directory, so no version resource.");
        }

        if (!headers.TryMap(headers.ResourceRva, out var root, out var available))
        {
            throw buffer.Fail(PeErrorCodes.UnmappedRva, headers.ResourceDirectoryEntryOffset, $"the resource directory RVA 0x{headers.ResourceRva:X} lies in no section's raw data.");
        }

        var tree = new Tree(buffer, root, available);
        var typeEntry = tree.FindById(0, VersionType)
            ?? throw buffer.Fail(PeErrorCodes.NoVersionResource, root, "the resource directory has no RT_VERSION (16) entry.");
        var names = tree.Descend(typeEntry, "the RT_VERSION type", visitedA: 0, visitedB: 0);
        var nameEntry = tree.First(names)
            ?? throw buffer.Fail(PeErrorCodes.NoVersionResource, root + names, "the RT_VERSION directory has no entries.");
        var languages = tree.Descend(nameEntry, "the RT_VERSION name", visitedA: 0, visitedB: names);
        var languageEntry = tree.First(languages)
            ?? throw buffer.Fail(PeErrorCodes.NoVersionResource, root + languages, "the RT_VERSION name directory has no languages.");
        return tree.ReadDataEntry(headers, languageEntry);
    }

    /// <summary>The resource section as seen from the root directory; offsets are relative to it.</summary>
    private readonly ref struct Tree(PeBuffer buffer, long root, long available)
    {
        private readonly PeBuffer _buffer = buffer;

        /// <summary>Returns the relative offset of the entry with integer id <paramref name="id"/>.</summary>
        public long? FindById(long directory, uint id)
        {
            var count = EntryCount(directory);
            for (var i = 0; i < count; i++)
            {
                var entry = directory + DirectorySize + ((long)i * EntrySize);
                var name = _buffer.UInt32(root + entry, PeErrorCodes.ResourceDirectoryOutOfBounds, "a resource entry");
                if ((name & NameIsStringFlag) == 0 && name == id)
                {
                    return entry;
                }
            }

            return null;
        }

        public long? First(long directory) => EntryCount(directory) > 0 ? directory + DirectorySize : null;

        /// <summary>Follows a subdirectory entry; refuses leaves and loops.</summary>
        public long Descend(long entry, string what, long visitedA, long visitedB)
        {
            var target = _buffer.UInt32(root + entry + 4, PeErrorCodes.ResourceDirectoryOutOfBounds, "a resource entry");
            if ((target & SubdirectoryFlag) == 0)
            {
                throw _buffer.Fail(PeErrorCodes.ResourceDirectoryCycle, root + entry + 4, $"{what} entry points to data where a subdirectory is required.");
            }

            long child = target & ~SubdirectoryFlag;
            if (child == visitedA || child == visitedB)
            {
                throw _buffer.Fail(PeErrorCodes.ResourceDirectoryCycle, root + entry + 4, $"{what} entry points back to the directory at relative offset {child}: the resource tree loops.");
            }

            return child;
        }

        public ResourceLocation ReadDataEntry(PeHeaders headers, long entry)
        {
            var target = _buffer.UInt32(root + entry + 4, PeErrorCodes.ResourceDirectoryOutOfBounds, "a resource entry");
            if ((target & SubdirectoryFlag) != 0)
            {
                throw _buffer.Fail(PeErrorCodes.ResourceDirectoryCycle, root + entry + 4, "the RT_VERSION language entry points to a fourth directory level; resource trees are three levels deep.");
            }

            long dataEntry = target;
            if (!Fits(dataEntry, DataEntrySize))
            {
                throw _buffer.Fail(PeErrorCodes.ResourceDirectoryOutOfBounds, root + entry + 4, $"the resource data entry at relative offset {dataEntry} lies past the resource section ({available} bytes).");
            }

            // IMAGE_RESOURCE_DATA_ENTRY.OffsetToData is an RVA, not a section offset.
            var rva = _buffer.UInt32(root + dataEntry, PeErrorCodes.ResourceDirectoryOutOfBounds, "OffsetToData");
            var size = _buffer.UInt32(root + dataEntry + 4, PeErrorCodes.ResourceDirectoryOutOfBounds, "Size");
            if (!headers.TryMap(rva, out var offset, out var dataAvailable))
            {
                throw _buffer.Fail(PeErrorCodes.UnmappedRva, root + dataEntry, $"the version resource RVA 0x{rva:X} lies in no section's raw data.");
            }

            if (size > dataAvailable)
            {
                throw _buffer.Fail(PeErrorCodes.VersionInfoOutOfBounds, root + dataEntry + 4, $"the version resource claims {size} bytes, but only {dataAvailable} remain in its section.");
            }

            return new ResourceLocation(offset, size);
        }

        private int EntryCount(long directory)
        {
            if (!Fits(directory, DirectorySize))
            {
                throw _buffer.Fail(PeErrorCodes.ResourceDirectoryOutOfBounds, root, $"a resource directory at relative offset {directory} lies past the resource section ({available} bytes).");
            }

            var named = _buffer.UInt16(root + directory + 12, PeErrorCodes.ResourceDirectoryOutOfBounds, "NumberOfNamedEntries");
            var ids = _buffer.UInt16(root + directory + 14, PeErrorCodes.ResourceDirectoryOutOfBounds, "NumberOfIdEntries");
            var count = named + ids;
            if (!Fits(directory + DirectorySize, (long)count * EntrySize))
            {
                throw _buffer.Fail(PeErrorCodes.ResourceDirectoryOutOfBounds, root + directory + 12, $"the resource directory declares {count} entries, but only {Math.Max(0, (available - directory - DirectorySize) / EntrySize)} fit in the resource section.");
            }

            return count;
        }

        private bool Fits(long offset, long length) => offset >= 0 && offset <= available && length <= available - offset;
    }
}
