using System.Buffers.Binary;
using System.Text;

namespace Patcher.Lab.Versioning;

/// <summary>
/// Builds a minimal, valid PE32+ image (PE32 for a 32-bit machine: i386, alpha): headers, an optional <c>.data</c> section with a payload,
/// and a <c>.rsrc</c> section with a VS_VERSIONINFO resource. The image holds no code; it stands in
/// for an Exchange binary whose version resource is what the lab needs.
/// </summary>
public static class PeImageWriter
{
    private const int FileAlignment = 0x200;
    private const int SectionAlignment = 0x1000;
    private const int NtHeadersOffset = 0x80;
    private const int OptionalHeaderSize = 240;       // PE32+ with 16 data directories
    private const int OptionalHeaderSize32 = 224;     // PE32 with 16 data directories
    private const int SectionHeaderSize = 40;
    private const uint DataCharacteristics = 0xC0000040;     // INITIALIZED_DATA | READ | WRITE
    private const uint ResourceCharacteristics = 0x40000040; // INITIALIZED_DATA | READ

    /// <summary>Builds the image bytes for <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">The spec is invalid (see <see cref="PeImageSpec"/>).</exception>
    public static byte[] Build(PeImageSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();

        var sections = new List<Section>();
        var rva = (uint)SectionAlignment;
        if (!spec.Payload.IsEmpty)
        {
            sections.Add(new Section(".data", rva, spec.Payload.ToArray(), DataCharacteristics));
            rva += (uint)LittleEndianBuffer.AlignUp(spec.Payload.Length, SectionAlignment);
        }

        var resources = ResourceSectionBuilder.Build(rva, VersionResourceBuilder.Build(spec));
        var rsrc = new Section(".rsrc", rva, resources, ResourceCharacteristics);
        sections.Add(rsrc);

        var w = new LittleEndianBuffer();
        WriteDosHeader(w);
        WriteNtHeaders(w, spec, sections, rsrc);
        var checkSumOffset = NtHeadersOffset + 4 + 20 + 64;
        var rawPointer = LittleEndianBuffer.AlignUp(w.Length + (sections.Count * SectionHeaderSize), FileAlignment);
        foreach (var section in sections)
        {
            WriteSectionHeader(w, section, rawPointer);
            rawPointer += LittleEndianBuffer.AlignUp(section.Data.Length, FileAlignment);
        }

        w.Align(FileAlignment);
        foreach (var section in sections)
        {
            w.Bytes(section.Data);
            w.Align(FileAlignment);
        }

        var image = w.ToArray();
        var checkSum = PeChecksum.Compute(image, checkSumOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(checkSumOffset, 4), checkSum);
        return image;
    }

    private static void WriteDosHeader(LittleEndianBuffer w)
    {
        // IMAGE_DOS_HEADER as link.exe writes it, then the classic real-mode stub.
        ReadOnlySpan<ushort> header = [0x5A4D, 0x90, 3, 0, 4, 0, 0xFFFF, 0, 0xB8, 0, 0, 0, 0x40, 0];
        foreach (var field in header)
        {
            w.UInt16(field);
        }

        w.Zeros(32);                                   // e_res, e_oemid, e_oeminfo, e_res2
        w.UInt32(NtHeadersOffset);                     // e_lfanew
        w.Bytes([0x0E, 0x1F, 0xBA, 0x0E, 0x00, 0xB4, 0x09, 0xCD, 0x21, 0xB8, 0x01, 0x4C, 0xCD, 0x21]);
        w.Bytes(Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.\r\r\n$"));
        w.Zeros(NtHeadersOffset - w.Length);
    }

    private static void WriteNtHeaders(LittleEndianBuffer w, PeImageSpec spec, List<Section> sections, Section rsrc)
    {
        var isDll = spec.Kind == PeImageKind.Library;
        var last = sections[^1];
        var is32 = spec.Machine.Is32Bit;
        var optionalSize = is32 ? OptionalHeaderSize32 : OptionalHeaderSize;
        var headersSize = LittleEndianBuffer.AlignUp(NtHeadersOffset + 4 + 20 + optionalSize + (sections.Count * SectionHeaderSize), FileAlignment);
        var initializedData = sections.Sum(s => LittleEndianBuffer.AlignUp(s.Data.Length, FileAlignment));

        w.UInt32(0x00004550);                          // "PE\0\0"

        // IMAGE_FILE_HEADER
        w.UInt16(spec.Machine.Value);
        w.UInt16((ushort)sections.Count);
        w.UInt32(spec.TimeDateStamp);
        w.UInt32(0);                                   // PointerToSymbolTable
        w.UInt32(0);                                   // NumberOfSymbols
        w.UInt16((ushort)optionalSize);
        w.UInt16((ushort)((is32 ? 0x0102 : 0x0022) | (isDll ? 0x2000 : 0))); // EXECUTABLE_IMAGE | 32BIT_MACHINE or LARGE_ADDRESS_AWARE [| DLL]

        // IMAGE_OPTIONAL_HEADER32 / IMAGE_OPTIONAL_HEADER64: they differ in BaseOfData and the pointer-sized fields.
        w.UInt16((ushort)(is32 ? 0x10B : 0x20B));      // PE32 or PE32+
        w.UInt8(14);                                   // MajorLinkerVersion
        w.UInt8(0);
        w.UInt32(0);                                   // SizeOfCode
        w.UInt32((uint)initializedData);
        w.UInt32(0);                                   // SizeOfUninitializedData
        w.UInt32(0);                                   // AddressOfEntryPoint: no code
        w.UInt32((uint)SectionAlignment);              // BaseOfCode
        if (is32)
        {
            w.UInt32((uint)SectionAlignment);          // BaseOfData
            w.UInt32(isDll ? 0x10000000u : 0x00400000u); // ImageBase
        }
        else
        {
            w.UInt64(isDll ? 0x180000000UL : 0x140000000UL);
        }

        w.UInt32(SectionAlignment);
        w.UInt32(FileAlignment);
        w.UInt16(6);                                   // MajorOperatingSystemVersion
        w.UInt16(0);
        w.UInt16((ushort)spec.FileVersion.Major);      // MajorImageVersion
        w.UInt16((ushort)spec.FileVersion.Minor);
        w.UInt16(6);                                   // MajorSubsystemVersion
        w.UInt16(0);
        w.UInt32(0);                                   // Win32VersionValue
        w.UInt32((uint)LittleEndianBuffer.AlignUp((int)last.Rva + last.Data.Length, SectionAlignment)); // SizeOfImage
        w.UInt32((uint)headersSize);
        w.UInt32(0);                                   // CheckSum, computed last
        w.UInt16((ushort)(isDll ? 2 : 3));             // Subsystem WINDOWS_GUI / WINDOWS_CUI
        w.UInt16((ushort)((is32 ? 0x0140 : 0x0160) | (isDll ? 0 : 0x8000))); // [HIGH_ENTROPY_VA |] DYNAMIC_BASE | NX_COMPAT [| TERMINAL_SERVER_AWARE]
        foreach (var size in (ReadOnlySpan<uint>)[0x100000, 0x1000, 0x100000, 0x1000]) // stack reserve/commit, heap reserve/commit
        {
            if (is32)
            {
                w.UInt32(size);
            }
            else
            {
                w.UInt64(size);
            }
        }
        w.UInt32(0);                                   // LoaderFlags
        w.UInt32(16);                                  // NumberOfRvaAndSizes
        for (var i = 0; i < 16; i++)
        {
            var isResource = i == 2;                   // IMAGE_DIRECTORY_ENTRY_RESOURCE
            w.UInt32(isResource ? rsrc.Rva : 0);
            w.UInt32(isResource ? (uint)rsrc.Data.Length : 0);
        }
    }

    private static void WriteSectionHeader(LittleEndianBuffer w, Section section, int rawPointer)
    {
        var name = new byte[8];
        Encoding.ASCII.GetBytes(section.Name, name);
        w.Bytes(name);
        w.UInt32((uint)section.Data.Length);           // VirtualSize
        w.UInt32(section.Rva);
        w.UInt32((uint)LittleEndianBuffer.AlignUp(section.Data.Length, FileAlignment)); // SizeOfRawData
        w.UInt32((uint)rawPointer);
        w.Zeros(12);                                   // relocations, line numbers and their counts
        w.UInt32(section.Characteristics);
    }

    private sealed record Section(string Name, uint Rva, byte[] Data, uint Characteristics);
}
