using System.Buffers.Binary;
using System.Text;

namespace Patcher.Core.Versioning;

/// <summary>
/// Parses a VS_VERSIONINFO resource (Win32 "Version Information" reference: VS_VERSIONINFO,
/// StringFileInfo, StringTable, String). Every child must lie inside its parent, and every
/// child advances the cursor by at least its 6-byte header, so the walk always ends.
/// </summary>
internal static class VersionInfoParser
{
    private const uint FixedFileInfoSignature = 0xFEEF04BD;
    private const int FixedFileInfoSize = 52;   // 13 DWORDs
    private const int HeaderSize = 6;           // wLength, wValueLength, wType
    private const string RootKey = "VS_VERSION_INFO";
    private const string StringFileInfoKey = "StringFileInfo";

    public static VersionInfoLayout Parse(PeBuffer buffer, ResourceLocation location)
    {
        var start = location.FileOffset;
        if (location.Size < HeaderSize)
        {
            throw buffer.Fail(PeErrorCodes.VersionInfoOutOfBounds, start, $"the version resource is {location.Size} bytes, too small for a VS_VERSIONINFO header.");
        }

        var length = buffer.UInt16(start, PeErrorCodes.VersionInfoOutOfBounds, "VS_VERSIONINFO.wLength");
        if (length > location.Size)
        {
            throw buffer.Fail(PeErrorCodes.VersionInfoOutOfBounds, start, $"VS_VERSIONINFO declares wLength {length}, past the {location.Size} bytes of its resource.");
        }

        var root = ReadBlock(buffer, start, start, start + length);
        if (root.Key != RootKey)
        {
            throw buffer.Fail(PeErrorCodes.BadVersionInfo, start + HeaderSize, $"the version resource's key is '{root.Key}'; expected '{RootKey}'.");
        }

        if (root.ValueLength < FixedFileInfoSize || root.ValueStart + root.ValueLength > root.End)
        {
            throw buffer.Fail(PeErrorCodes.BadVersionInfo, start + 2, $"VS_VERSIONINFO has a value of {root.ValueLength} bytes where a {FixedFileInfoSize}-byte VS_FIXEDFILEINFO inside the block is required.");
        }

        var fixedInfo = buffer.Slice(root.ValueStart, FixedFileInfoSize, PeErrorCodes.BadVersionInfo, "VS_FIXEDFILEINFO");
        var signature = BinaryPrimitives.ReadUInt32LittleEndian(fixedInfo);
        if (signature != FixedFileInfoSignature)
        {
            throw buffer.Fail(PeErrorCodes.BadFixedFileInfoSignature, root.ValueStart, $"VS_FIXEDFILEINFO.dwSignature is 0x{signature:X8}; expected 0xFEEF04BD.");
        }

        var fileVersion = FileVersion.FromFixedInfo(Dword(fixedInfo, 2), Dword(fixedInfo, 3));
        var productVersion = FileVersion.FromFixedInfo(Dword(fixedInfo, 4), Dword(fixedInfo, 5));
        var strings = new List<VersionStringSlot>();
        var position = root.ValueStart + root.ValueLength;
        while (NextChild(buffer, start, root, ref position, out var child))
        {
            if (child.Key == StringFileInfoKey)
            {
                ReadStringFileInfo(buffer, start, child, strings);
            }
        }

        return new VersionInfoLayout(start, root.ValueStart, fileVersion, productVersion, strings);
    }

    private static void ReadStringFileInfo(PeBuffer buffer, long root, VersionBlock stringFileInfo, List<VersionStringSlot> strings)
    {
        var tablePosition = stringFileInfo.ValueStart;
        while (NextChild(buffer, root, stringFileInfo, ref tablePosition, out var table))
        {
            var position = table.ValueStart;
            while (NextChild(buffer, root, table, ref position, out var entry))
            {
                strings.Add(ReadString(buffer, table.Key, entry));
            }
        }
    }

    private static VersionStringSlot ReadString(PeBuffer buffer, string table, VersionBlock entry)
    {
        // String.wValueLength counts UTF-16 units (usually with the NUL); trust it only as far
        // as the block reaches, and stop at the first NUL.
        var capacity = (int)Math.Max(0, (entry.End - entry.ValueStart) / 2);
        var chars = Math.Min(entry.ValueLength, capacity);
        var value = Utf16(buffer.Slice(entry.ValueStart, chars * 2L, PeErrorCodes.BadVersionInfo, "a version string value"));
        var nul = value.IndexOf('\0', StringComparison.Ordinal);
        return new VersionStringSlot(table, entry.Key, nul < 0 ? value : value[..nul], entry.Start + 2, entry.ValueStart, capacity);
    }

    /// <summary>Reads the next child of <paramref name="parent"/> at the 32-bit aligned <paramref name="position"/>.</summary>
    private static bool NextChild(PeBuffer buffer, long root, VersionBlock parent, ref long position, out VersionBlock child)
    {
        position = Align(root, position);

        // Fewer bytes than a header, or a zero wLength, is trailing padding.
        if (position + HeaderSize > parent.End || buffer.UInt16(position, PeErrorCodes.BadVersionInfo, "wLength") == 0)
        {
            child = default;
            return false;
        }

        child = ReadBlock(buffer, root, position, parent.End);
        position = child.End;
        return true;
    }

    private static VersionBlock ReadBlock(PeBuffer buffer, long root, long start, long parentEnd)
    {
        var length = buffer.UInt16(start, PeErrorCodes.BadVersionInfo, "wLength");
        if (length < HeaderSize)
        {
            throw buffer.Fail(PeErrorCodes.BadVersionInfo, start, $"a version block declares wLength {length}, less than its {HeaderSize}-byte header.");
        }

        var end = start + length;
        if (end > parentEnd)
        {
            throw buffer.Fail(PeErrorCodes.BadVersionInfo, start, $"a version block declares wLength {length}, running past its parent's end at offset {parentEnd}.");
        }

        var valueLength = buffer.UInt16(start + 2, PeErrorCodes.BadVersionInfo, "wValueLength");
        var type = buffer.UInt16(start + 4, PeErrorCodes.BadVersionInfo, "wType");
        var keyBytes = buffer.Slice(start + HeaderSize, end - start - HeaderSize, PeErrorCodes.BadVersionInfo, "szKey");
        var keyLength = -1;
        for (var i = 0; i + 1 < keyBytes.Length; i += 2)
        {
            if (keyBytes[i] == 0 && keyBytes[i + 1] == 0)
            {
                keyLength = i;
                break;
            }
        }

        if (keyLength < 0)
        {
            throw buffer.Fail(PeErrorCodes.BadVersionInfo, start + HeaderSize, "a version block's szKey has no terminating NUL inside the block.");
        }

        var key = Utf16(keyBytes[..keyLength]);
        var valueStart = Align(root, start + HeaderSize + keyLength + 2);
        return new VersionBlock(start, end, valueLength, type, key, valueStart);
    }

    // Blocks start on 32-bit boundaries counted from the start of the resource.
    private static long Align(long root, long offset) => root + ((offset - root + 3) & ~3L);

    private static uint Dword(ReadOnlySpan<byte> fixedInfo, int index) =>
        BinaryPrimitives.ReadUInt32LittleEndian(fixedInfo[(index * 4)..]);

    private static string Utf16(ReadOnlySpan<byte> bytes) => Encoding.Unicode.GetString(bytes);
}
