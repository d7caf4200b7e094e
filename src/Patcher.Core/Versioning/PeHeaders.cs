using System.Text;

namespace Patcher.Core.Versioning;

/// <summary>
/// The parts of the DOS, COFF and optional headers and the section table that the version reader needs (PE/COFF spec,
/// "File Headers"); every offset is bounds-checked and every failure is a <see cref="PeFormatException"/>.
/// </summary>
public sealed class PeHeaders
{
    private const ushort DosSignature = 0x5A4D;        // "MZ"
    private const uint NtSignature = 0x00004550;       // "PE\0\0"
    private const ushort Pe32Magic = 0x10B;
    private const ushort Pe32PlusMagic = 0x20B;
    private const int DosHeaderSize = 64;
    private const int CoffHeaderSize = 20;
    private const int SectionHeaderSize = 40;
    private const int ResourceDirectoryIndex = 2;      // IMAGE_DIRECTORY_ENTRY_RESOURCE
    private const int CertificateDirectoryIndex = 4;   // IMAGE_DIRECTORY_ENTRY_SECURITY

    private PeHeaders(IReadOnlyList<PeSection> sections)
    {
        Sections = sections;
    }

    /// <summary>The COFF header's Machine: which processor the image is for.</summary>
    public PeMachine Machine { get; private init; }

    /// <summary>The COFF header's Characteristics (IMAGE_FILE_DLL, ...).</summary>
    public ushort Characteristics { get; private init; }

    /// <summary>Whether the optional header is PE32+ (magic 0x20B) rather than PE32 (0x10B).</summary>
    public bool IsPe32Plus { get; private init; }

    /// <summary>File offset of the optional header's CheckSum field (offset 64 in PE32 and PE32+).</summary>
    public long CheckSumOffset { get; private init; }

    /// <summary>The optional header's CheckSum; 0 means "not computed".</summary>
    public uint CheckSum { get; private init; }

    /// <summary>File offset of the resource data directory entry, or of NumberOfRvaAndSizes when there is none.</summary>
    internal long ResourceDirectoryEntryOffset { get; private init; }

    internal uint ResourceRva { get; private init; }

    internal uint ResourceSize { get; private init; }

    /// <summary>The size of the certificate table (Authenticode); non-zero when the image is signed.</summary>
    public uint CertificateTableSize { get; private init; }

    internal IReadOnlyList<PeSection> Sections { get; }

    /// <summary>Parses the headers of the image in <paramref name="image"/>; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="PeFormatException">The bytes are not a PE image.</exception>
    public static PeHeaders Parse(ReadOnlySpan<byte> image, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return Parse(new PeBuffer(image, sourceName));
    }

    internal static PeHeaders Parse(PeBuffer buffer)
    {
        if (buffer.Length == 0)
        {
            throw buffer.Fail(PeErrorCodes.Empty, 0, "the file is empty.");
        }

        if (buffer.Length < 2 || buffer.UInt16(0, PeErrorCodes.NotMz, "DOS signature") != DosSignature)
        {
            throw buffer.Fail(PeErrorCodes.NotMz, 0, "the file does not start with the 'MZ' DOS signature, so it is not a PE image.");
        }

        buffer.Slice(0, DosHeaderSize, PeErrorCodes.NotMz, "the DOS header");

        // IMAGE_DOS_HEADER.e_lfanew, a signed 32-bit offset of the PE signature.
        long peOffset = (int)buffer.UInt32(0x3C, PeErrorCodes.NotMz, "e_lfanew");
        if (!buffer.Contains(peOffset, 4))
        {
            throw buffer.Fail(PeErrorCodes.BadNtHeaderOffset, 0x3C, $"e_lfanew is {peOffset}, outside the file of {buffer.Length} bytes.");
        }

        var signature = buffer.UInt32(peOffset, PeErrorCodes.BadPeSignature, "the PE signature");
        if (signature != NtSignature)
        {
            throw buffer.Fail(PeErrorCodes.BadPeSignature, peOffset, $"expected the signature 'PE\\0\\0' (0x00004550), found 0x{signature:X8}.");
        }

        var coff = peOffset + 4;
        buffer.Slice(coff, CoffHeaderSize, PeErrorCodes.TruncatedCoffHeader, "the COFF file header");
        var machine = buffer.UInt16(coff, PeErrorCodes.TruncatedCoffHeader, "Machine");
        var sectionCount = buffer.UInt16(coff + 2, PeErrorCodes.TruncatedCoffHeader, "NumberOfSections");
        var optionalSize = buffer.UInt16(coff + 16, PeErrorCodes.TruncatedCoffHeader, "SizeOfOptionalHeader");
        var characteristics = buffer.UInt16(coff + 18, PeErrorCodes.TruncatedCoffHeader, "Characteristics");

        var optional = coff + CoffHeaderSize;
        buffer.Slice(optional, optionalSize, PeErrorCodes.BadOptionalHeader, "the optional header (SizeOfOptionalHeader)");
        if (optionalSize < 2)
        {
            throw buffer.Fail(PeErrorCodes.BadOptionalHeader, coff + 16, $"SizeOfOptionalHeader is {optionalSize}, too small for an image.");
        }

        var magic = buffer.UInt16(optional, PeErrorCodes.BadOptionalHeader, "the optional header magic");
        var isPe32Plus = magic switch
        {
            Pe32Magic => false,
            Pe32PlusMagic => true,
            _ => throw buffer.Fail(PeErrorCodes.UnknownOptionalHeaderMagic, optional, $"optional header magic is 0x{magic:X4}; expected 0x10B (PE32) or 0x20B (PE32+)."),
        };

        // The data directories follow NumberOfRvaAndSizes at offset 92 (PE32) or 108 (PE32+).
        var directories = isPe32Plus ? 112 : 96;
        if (optionalSize < directories)
        {
            throw buffer.Fail(PeErrorCodes.BadOptionalHeader, coff + 16, $"SizeOfOptionalHeader is {optionalSize}; a {(isPe32Plus ? "PE32+" : "PE32")} optional header needs at least {directories} bytes.");
        }

        var directoryCount = buffer.UInt32(optional + directories - 4, PeErrorCodes.BadOptionalHeader, "NumberOfRvaAndSizes");
        if (directories + (8L * directoryCount) > optionalSize)
        {
            throw buffer.Fail(PeErrorCodes.BadOptionalHeader, optional + directories - 4, $"NumberOfRvaAndSizes is {directoryCount}, more than the {(optionalSize - directories) / 8} that fit in the optional header.");
        }

        var sectionTable = optional + optionalSize;
        var sections = ReadSections(buffer, sectionTable, sectionCount);
        return new PeHeaders(sections)
        {
            Machine = new PeMachine(machine),
            Characteristics = characteristics,
            IsPe32Plus = isPe32Plus,
            CheckSumOffset = optional + 64,
            CheckSum = buffer.UInt32(optional + 64, PeErrorCodes.BadOptionalHeader, "CheckSum"),
            ResourceDirectoryEntryOffset = directoryCount > ResourceDirectoryIndex ? optional + directories + (8 * ResourceDirectoryIndex) : optional + directories - 4,
            ResourceRva = DirectoryField(buffer, optional + directories, directoryCount, ResourceDirectoryIndex, 0),
            ResourceSize = DirectoryField(buffer, optional + directories, directoryCount, ResourceDirectoryIndex, 4),
            CertificateTableSize = DirectoryField(buffer, optional + directories, directoryCount, CertificateDirectoryIndex, 4),
        };
    }

    /// <summary>Maps an RVA to a file offset through the section table.</summary>
    internal bool TryMap(uint rva, out long fileOffset, out long available)
    {
        foreach (var section in Sections)
        {
            if (section.TryMap(rva, out fileOffset, out available))
            {
                return true;
            }
        }

        fileOffset = 0;
        available = 0;
        return false;
    }

    private static uint DirectoryField(PeBuffer buffer, long directories, uint count, int index, int field) =>
        index < count ? buffer.UInt32(directories + (8L * index) + field, PeErrorCodes.BadOptionalHeader, "a data directory") : 0;

    private static PeSection[] ReadSections(PeBuffer buffer, long table, int count)
    {
        buffer.Slice(table, (long)count * SectionHeaderSize, PeErrorCodes.BadSectionTable, $"the section table of {count} sections");
        var sections = new PeSection[count];
        for (var i = 0; i < count; i++)
        {
            var row = table + ((long)i * SectionHeaderSize);
            var nameBytes = buffer.Slice(row, 8, PeErrorCodes.BadSectionTable, "a section name");
            var nul = nameBytes.IndexOf((byte)0);
            var name = Encoding.ASCII.GetString(nul < 0 ? nameBytes : nameBytes[..nul]);
            var section = new PeSection(
                name,
                VirtualSize: buffer.UInt32(row + 8, PeErrorCodes.BadSectionTable, "VirtualSize"),
                VirtualAddress: buffer.UInt32(row + 12, PeErrorCodes.BadSectionTable, "VirtualAddress"),
                SizeOfRawData: buffer.UInt32(row + 16, PeErrorCodes.BadSectionTable, "SizeOfRawData"),
                PointerToRawData: buffer.UInt32(row + 20, PeErrorCodes.BadSectionTable, "PointerToRawData"));
            if (section.SizeOfRawData != 0 && !buffer.Contains(section.PointerToRawData, section.SizeOfRawData))
            {
                throw buffer.Fail(PeErrorCodes.BadSectionTable, row + 16, $"section '{name}' has {section.SizeOfRawData} bytes of raw data at {section.PointerToRawData}, past the end of the file ({buffer.Length} bytes); the file is truncated.");
            }

            sections[i] = section;
        }

        return sections;
    }
}
