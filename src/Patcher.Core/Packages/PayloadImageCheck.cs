using System.Globalization;
using Patcher.Core.Versioning;

namespace Patcher.Core.Packages;

/// <summary>
/// Whether a payload file's bytes are what its manifest entry declares: its size, and a PE image whose own version resource and COFF
/// machine equal the entry's <c>fileVersion</c> and <c>machine</c>. A trusted signer's package that lies about what it
/// installs is refused all the same (KB Q278518: only a file's own version resource tells the truth).
/// </summary>
public static class PayloadImageCheck
{
    /// <summary>Payload files larger than this (64 MiB) are refused: the MTA's binaries are a few hundred KiB.</summary>
    public const long MaxPayloadSize = 64L * 1024 * 1024;

    /// <summary>What is wrong with <paramref name="bytes"/> as <paramref name="file"/>'s payload, or null when it is as declared.</summary>
    public static string? Problem(PayloadFile file, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (bytes.Length > MaxPayloadSize || bytes.Length != file.Size)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{file.Source}' is {bytes.Length} bytes; the manifest declares {file.Size}, and payload files over {MaxPayloadSize} bytes are refused.");
        }

        PeVersionInfo info;
        try
        {
            info = PeVersionReader.Read(bytes, file.Source);
        }
        catch (PeFormatException exception)
        {
            return $"'{file.Source}' is declared as {file.FileVersion} ({file.Machine}) but is not a PE image with a version resource: {exception.Message}";
        }

        if (info.FileVersion != file.FileVersion || info.Machine != file.Machine)
        {
            return $"'{file.Source}' is declared as {file.FileVersion} ({file.Machine}), but its own version resource says {info.FileVersion} and its header {info.Machine}.";
        }

        return null;
    }
}
