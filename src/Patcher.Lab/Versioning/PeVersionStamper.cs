using System.Buffers.Binary;
using System.Text;
using Patcher.Core.Versioning;

namespace Patcher.Lab.Versioning;

/// <summary>
/// Rewrites the version of an existing PE image — VS_FIXEDFILEINFO's FileVersion and
/// ProductVersion, and the FileVersion/ProductVersion strings where the new text fits their
/// slot — without changing any size or offset, so the image stays loadable.
/// </summary>
/// <remarks>
/// A strong-name or Authenticode signature covering the resource no longer verifies afterwards;
/// .NET (Core) does not check strong names, and <see cref="PeStampResult.SignatureInvalidated"/> reports Authenticode.
/// </remarks>
public static class PeVersionStamper
{
    private const string FileVersionKey = "FileVersion";
    private const string ProductVersionKey = "ProductVersion";

    /// <summary>
    /// Stamps the file at <paramref name="path"/>: the edited image is written beside it and then
    /// renamed over it, so a failure leaves the original intact.
    /// </summary>
    /// <exception cref="PeFormatException">The file has no readable version resource.</exception>
    public static PeStampResult Stamp(string path, FileVersion fileVersion, FileVersion? productVersion = null)
    {
        var image = PeVersionReader.ReadImage(path);
        var result = Stamp(image, path, fileVersion, productVersion);
        var temp = $"{path}.{Guid.NewGuid():N}.stamping";
        try
        {
            File.WriteAllBytes(temp, image);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return result;
    }

    /// <summary>Stamps an in-memory image; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="PeFormatException">The image has no readable version resource.</exception>
    public static PeStampResult Stamp(Span<byte> image, string sourceName, FileVersion fileVersion, FileVersion? productVersion = null)
    {
        var layout = PeVersionReader.ReadLayout(image, sourceName, out var headers);
        var product = productVersion ?? fileVersion;

        // VS_FIXEDFILEINFO: dwFileVersionMS/LS at +8/+12, dwProductVersionMS/LS at +16/+20.
        var fixedInfo = image.Slice((int)layout.FixedFileInfoOffset, 24);
        BinaryPrimitives.WriteUInt32LittleEndian(fixedInfo[8..], fileVersion.MostSignificant);
        BinaryPrimitives.WriteUInt32LittleEndian(fixedInfo[12..], fileVersion.LeastSignificant);
        BinaryPrimitives.WriteUInt32LittleEndian(fixedInfo[16..], product.MostSignificant);
        BinaryPrimitives.WriteUInt32LittleEndian(fixedInfo[20..], product.LeastSignificant);

        var updated = new List<string>();
        var unchanged = new List<string>();
        foreach (var slot in layout.Strings)
        {
            var text = slot.Key switch
            {
                FileVersionKey => fileVersion.ToString(),
                ProductVersionKey => product.ToString(),
                _ => null,
            };
            if (text is null)
            {
                continue;
            }

            var name = $"{slot.Table}\\{slot.Key}";
            if (text.Length + 1 > slot.CapacityChars)
            {
                unchanged.Add($"{name}: '{text}' needs {text.Length + 1} UTF-16 units with its NUL, but the slot holds {slot.CapacityChars}; it still reads '{slot.Value}'.");
                continue;
            }

            var value = image.Slice((int)slot.ValueOffset, slot.CapacityChars * 2);
            value.Clear();
            Encoding.Unicode.GetBytes(text, value);
            BinaryPrimitives.WriteUInt16LittleEndian(image[(int)slot.ValueLengthOffset..], (ushort)(text.Length + 1));
            updated.Add(name);
        }

        // A zero CheckSum means "not computed" (the norm for user-mode images); keep it zero.
        if (headers.CheckSum != 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(image[(int)headers.CheckSumOffset..], PeChecksum.Compute(image, headers.CheckSumOffset));
        }

        return new PeStampResult
        {
            PreviousFileVersion = layout.FileVersion,
            PreviousProductVersion = layout.ProductVersion,
            FileVersion = fileVersion,
            ProductVersion = product,
            UpdatedStrings = updated,
            UnchangedStrings = unchanged,
            ChecksumUpdated = headers.CheckSum != 0,
            SignatureInvalidated = headers.CertificateTableSize != 0,
        };
    }
}
