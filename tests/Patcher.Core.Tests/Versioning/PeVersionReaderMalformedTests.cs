using System.Buffers.Binary;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Versioning;

/// <summary>The failure set: each case damages a valid stand-in image in one place and expects its own code.</summary>
public sealed class PeVersionReaderMalformedTests
{
    [Theory]
    [InlineData("empty file", "PE001")]
    [InlineData("not MZ", "PE003")]
    [InlineData("DOS header truncated", "PE003")]
    [InlineData("e_lfanew past end", "PE004")]
    [InlineData("e_lfanew negative", "PE004")]
    [InlineData("bad PE signature", "PE005")]
    [InlineData("COFF header truncated", "PE006")]
    [InlineData("optional header truncated", "PE007")]
    [InlineData("optional header smaller than its fields", "PE007")]
    [InlineData("too many data directories", "PE007")]
    [InlineData("unknown optional header magic", "PE008")]
    [InlineData("section table past end", "PE009")]
    [InlineData("section raw data past end", "PE009")]
    [InlineData("no resource directory", "PE010")]
    [InlineData("no RT_VERSION entry", "PE010")]
    [InlineData("resource RVA not in any section", "PE011")]
    [InlineData("resource data RVA not in any section", "PE011")]
    [InlineData("excessive resource entries", "PE012")]
    [InlineData("resource data entry past section", "PE012")]
    [InlineData("resource directory loop", "PE013")]
    [InlineData("resource directory fourth level", "PE013")]
    [InlineData("resource size past section end", "PE014")]
    [InlineData("VS_VERSIONINFO length past end", "PE014")]
    [InlineData("wrong VS_VERSIONINFO key", "PE015")]
    [InlineData("no fixed file info", "PE015")]
    [InlineData("child block overruns parent", "PE015")]
    [InlineData("bad fixed-info signature", "PE016")]
    public void Read_Malformed_ThrowsPeFormatExceptionWithCode(string caseName, string expectedCode)
    {
        var image = Malformed(caseName);

        var ex = Assert.Throws<PeFormatException>(() => PeVersionReader.Read(image, "emsmta.exe"));

        Assert.Equal(expectedCode, ex.Code);
        Assert.Equal("emsmta.exe", ex.SourceName);
        Assert.StartsWith($"{expectedCode}: emsmta.exe at byte offset {ex.Offset} ", ex.Message, StringComparison.Ordinal);
        Assert.InRange(ex.Offset, 0, Math.Max(0, image.Length));
    }

    [Fact]
    public void Read_FileOver256MiB_ThrowsTooLargeWithoutReadingIt()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "huge.exe");
        using (var stream = File.Create(path))
        {
            stream.SetLength(PeVersionReader.MaxImageSize + 1);   // sparse
        }

        var ex = Assert.Throws<PeFormatException>(() => PeVersionReader.Read(path));

        Assert.Equal(PeErrorCodes.TooLarge, ex.Code);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextFile_ThrowsNotMz()
    {
        var ex = Assert.Throws<PeFormatException>(() => PeVersionReader.Read("Exchange Server Setup.log"u8, "setup.log"));

        Assert.Equal(PeErrorCodes.NotMz, ex.Code);
        Assert.Contains("'MZ'", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] Malformed(string caseName)
    {
        var image = ExchangeBuilds.Image(machine: PeMachine.Amd64); // PE32+: the offsets below are PE32+'s
        var peOffset = BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(0x3C));
        var coff = peOffset + 4;
        var optional = coff + 20;
        var resourceDirectory = optional + 112 + (2 * 8);
        var rsrc = (int)Headers(image).Sections[^1].PointerToRawData;
        var layout = PeVersionReader.ReadLayout(image, "emsmta.exe", out _);
        var root = (int)layout.RootOffset;
        var fixedInfo = (int)layout.FixedFileInfoOffset;

        switch (caseName)
        {
            case "empty file": return [];
            case "not MZ": image[0] = (byte)'Z'; image[1] = (byte)'M'; break;
            case "DOS header truncated": return image[..40];
            case "e_lfanew past end": Put32(image, 0x3C, 0x7FFFFF00); break;
            case "e_lfanew negative": Put32(image, 0x3C, 0xFFFFFFF0); break;
            case "bad PE signature": image[peOffset + 1] = (byte)'X'; break;
            case "COFF header truncated": return image[..(coff + 10)];
            case "optional header truncated": return image[..(optional + 100)];
            case "optional header smaller than its fields": Put16(image, coff + 16, 64); break;
            case "too many data directories": Put32(image, optional + 108, 1000); break;
            case "unknown optional header magic": Put16(image, optional, 0x10C); break;
            case "section table past end": Put16(image, coff + 2, 0xFFFF); break;
            case "section raw data past end": return image[..^1];
            case "no resource directory": Put32(image, resourceDirectory, 0); break;
            case "no RT_VERSION entry": Put32(image, rsrc + 16, 3); break;          // RT_ICON
            case "resource RVA not in any section": Put32(image, resourceDirectory, 0x00900000); break;
            case "resource data RVA not in any section": Put32(image, rsrc + 0x48, 0x00900000); break;
            case "excessive resource entries": Put16(image, rsrc + 14, 0xFFFF); break;
            case "resource data entry past section": Put32(image, rsrc + 0x30 + 20, 0x7FFF0000); break;
            case "resource directory loop": Put32(image, rsrc + 20, 0x80000000); break;  // type → root
            case "resource directory fourth level": Put32(image, rsrc + 0x30 + 20, 0x80000018); break;
            case "resource size past section end": Put32(image, rsrc + 0x4C, 0x00100000); break;
            case "VS_VERSIONINFO length past end": Put16(image, root, 0xFFFF); break;
            case "wrong VS_VERSIONINFO key": image[root + 6] = (byte)'X'; break;
            case "no fixed file info": Put16(image, root + 2, 0); break;
            case "child block overruns parent": Put16(image, fixedInfo + 52, 0xFFF0); break;
            case "bad fixed-info signature": image[fixedInfo] ^= 0xFF; break;
            default: throw new ArgumentOutOfRangeException(nameof(caseName), caseName, "unknown case");
        }

        return image;
    }

    private static PeHeaders Headers(byte[] image) => PeHeaders.Parse(new PeBuffer(image, "emsmta.exe"));

    private static void Put16(byte[] image, int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(offset), value);

    private static void Put32(byte[] image, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(offset), value);
}
