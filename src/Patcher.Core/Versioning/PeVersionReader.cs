namespace Patcher.Core.Versioning;

/// <summary>
/// Reads the version resource (VS_VERSIONINFO) of a PE image — native or managed, PE32 or PE32+ —
/// with our own parser, on any OS. Every failure is a <see cref="PeFormatException"/>.
/// </summary>
public static class PeVersionReader
{
    /// <summary>Files larger than this (256 MiB) are refused with <see cref="PeErrorCodes.TooLarge"/>.</summary>
    public const long MaxImageSize = 256L * 1024 * 1024;

    /// <summary>Reads the version resource of the file at <paramref name="path"/>.</summary>
    /// <exception cref="PeFormatException">The file is not a PE image with a readable version resource.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PeVersionInfo Read(string path)
    {
        var image = ReadImage(path);
        return Read(image, path);
    }

    /// <summary>Reads the version resource of an in-memory image; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="PeFormatException">The bytes are not a PE image with a readable version resource.</exception>
    public static PeVersionInfo Read(ReadOnlySpan<byte> image, string sourceName)
    {
        var layout = ReadLayout(image, sourceName, out var headers);
        var table = layout.Strings.Count > 0 ? layout.Strings[0].Table : null;
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in layout.Strings)
        {
            if (slot.Table == table)
            {
                strings.TryAdd(slot.Key, slot.Value);
            }
        }

        return new PeVersionInfo(sourceName, layout.FileVersion, layout.ProductVersion, table, strings) { Machine = headers.Machine };
    }

    /// <summary>Parses headers, resource tree and VS_VERSIONINFO, keeping the file offsets (what a version stamp rewrites).</summary>
    /// <exception cref="PeFormatException">The bytes are not a PE image with a readable version resource.</exception>
    public static VersionInfoLayout ReadLayout(ReadOnlySpan<byte> image, string sourceName, out PeHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var buffer = new PeBuffer(image, sourceName);
        if (image.Length > MaxImageSize)
        {
            throw buffer.Fail(PeErrorCodes.TooLarge, 0, $"the image is {image.Length} bytes; images over {MaxImageSize} bytes are refused.");
        }

        headers = PeHeaders.Parse(buffer);
        var location = ResourceDirectory.FindVersion(buffer, headers);
        return VersionInfoParser.Parse(buffer, location);
    }

    /// <summary>Reads a whole file, refusing one over <paramref name="maxSize"/> (default <see cref="MaxImageSize"/>) before allocating.</summary>
    /// <exception cref="PeFormatException">The file is larger than <paramref name="maxSize"/> (<see cref="PeErrorCodes.TooLarge"/>).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static byte[] ReadImage(string path, long maxSize = MaxImageSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > maxSize)
        {
            throw new PeFormatException(PeErrorCodes.TooLarge, path, 0, $"the file is {stream.Length} bytes; images over {maxSize} bytes are refused.");
        }

        var image = new byte[stream.Length];
        stream.ReadExactly(image);
        return image;
    }
}
