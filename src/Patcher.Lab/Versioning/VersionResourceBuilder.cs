namespace Patcher.Lab.Versioning;

/// <summary>
/// Writes a VS_VERSIONINFO resource the way rc.exe lays it out: every block 32-bit aligned
/// from the start of the resource, wLength covering the block without trailing padding.
/// </summary>
internal static class VersionResourceBuilder
{
    private const uint FixedFileInfoSignature = 0xFEEF04BD;
    private const ushort BinaryType = 0;
    private const ushort TextType = 1;
    private const ushort LanguageEnUs = 0x0409;
    private const ushort CodePageUnicode = 0x04B0;   // 1200, UTF-16LE

    public static byte[] Build(PeImageSpec spec)
    {
        var w = new LittleEndianBuffer();
        var root = Begin(w, "VS_VERSION_INFO", 52, BinaryType);
        WriteFixedFileInfo(w, spec);

        var stringFileInfo = Begin(w, "StringFileInfo", 0, TextType);
        var table = Begin(w, "040904B0", 0, TextType);
        foreach (var (key, value) in spec.VersionStrings())
        {
            // String.wValueLength counts UTF-16 units including the NUL.
            var entry = Begin(w, key, (ushort)(value.Length + 1), TextType);
            w.Utf16Z(value);
            End(w, entry);
        }

        End(w, table);
        End(w, stringFileInfo);

        var varFileInfo = Begin(w, "VarFileInfo", 0, TextType);
        var translation = Begin(w, "Translation", 4, BinaryType);
        w.UInt16(LanguageEnUs);
        w.UInt16(CodePageUnicode);
        End(w, translation);
        End(w, varFileInfo);
        End(w, root);
        return w.ToArray();
    }

    private static void WriteFixedFileInfo(LittleEndianBuffer w, PeImageSpec spec)
    {
        var product = spec.ProductVersion ?? spec.FileVersion;
        w.UInt32(FixedFileInfoSignature);
        w.UInt32(0x00010000);                   // dwStrucVersion 1.0
        w.UInt32(spec.FileVersion.MostSignificant);
        w.UInt32(spec.FileVersion.LeastSignificant);
        w.UInt32(product.MostSignificant);
        w.UInt32(product.LeastSignificant);
        w.UInt32(0x3F);                         // dwFileFlagsMask VS_FFI_FILEFLAGSMASK
        w.UInt32(0);                            // dwFileFlags
        w.UInt32(0x00040004);                   // dwFileOS VOS_NT_WINDOWS32
        w.UInt32(spec.Kind == PeImageKind.Library ? 2u : 1u); // dwFileType VFT_DLL / VFT_APP
        w.UInt32(0);                            // dwFileSubtype
        w.UInt32(0);                            // dwFileDateMS
        w.UInt32(0);                            // dwFileDateLS
    }

    /// <summary>Starts a block at the next 32-bit boundary; the value follows, aligned.</summary>
    private static int Begin(LittleEndianBuffer w, string key, ushort valueLength, ushort type)
    {
        w.Align(4);
        var start = w.Length;
        w.UInt16(0);                            // wLength, patched by End
        w.UInt16(valueLength);
        w.UInt16(type);
        w.Utf16Z(key);
        w.Align(4);
        return start;
    }

    private static void End(LittleEndianBuffer w, int start)
    {
        var length = w.Length - start;
        if (length > ushort.MaxValue)
        {
            throw new ArgumentException($"The version resource block at {start} would be {length} bytes; wLength holds at most 65535.");
        }

        w.PatchUInt16(start, (ushort)length);
    }
}
