using System.Globalization;

namespace Patcher.Core.Files;

/// <summary>
/// Reads a file the agent does not trust (a status file another process writes): only a regular file, never through a
/// symbolic link, never past a cap. A file whose length says 0 (empty, a FIFO that would block the open, a device) is
/// refused unopened; what is read is streamed and capped, so a file that grows meanwhile cannot exhaust memory.
/// </summary>
public static class BoundedFile
{
    /// <summary>The bytes of <paramref name="path"/>, at most <paramref name="maxBytes"/>.</summary>
    /// <exception cref="IOException">Missing, a link, empty or not a regular file, over the cap, or unreadable; the message says which.</exception>
    public static byte[] ReadAllBytes(string path, int maxBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new IOException($"{path} is a symbolic link (to {info.LinkTarget}), not a regular file");
        }

        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path} does not exist", path);
        }

        if (info.Length == 0)
        {
            throw new IOException($"{path} is empty, or not a regular file (a pipe or a device)");
        }

        if (info.Length > maxBytes)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{path} is {info.Length} bytes, over the {maxBytes}-byte limit"));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        int read;
        while (total <= maxBytes && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > maxBytes
            ? throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{path} grew past the {maxBytes}-byte limit while being read"))
            : buffer[..total];
    }
}
