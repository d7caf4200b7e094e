using System.Globalization;

namespace Patcher.Core.Files;

/// <summary>
/// Reads a file that someone else wrote (a share anyone on it may write to) without trusting it: only a regular file,
/// never a symbolic link, never past a size cap. The one place reports and gates read the share this way.
/// </summary>
public static class BoundedFile
{
    /// <summary>
    /// The bytes of <paramref name="path"/>, at most <paramref name="maxBytes"/>: a symbolic link (to <c>/dev/zero</c>,
    /// say) is refused unfollowed, and a file whose length says 0 (empty, a FIFO that would block the open, a device) is
    /// refused unopened; what is read is streamed and capped, so a file that grows meanwhile cannot exhaust memory either.
    /// <paramref name="what"/> names the file in the message (<c>a host report</c>).
    /// </summary>
    /// <exception cref="IOException">Refused as above, or the read failed; the message is one line, completing "it ...".</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new IOException($"it is a symbolic link (to {info.LinkTarget}), not {what}");
        }

        if ((info.Attributes & FileAttributes.Directory) != 0)
        {
            throw new IOException($"it is a folder, not {what}");
        }

        if (info.Length == 0)
        {
            throw new IOException("it is empty, or not a regular file (a pipe or a device)");
        }

        if (info.Length > maxBytes)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{info.Length} bytes is over the {maxBytes}-byte limit for {what}"));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var buffer = new MemoryStream((int)info.Length);
        var chunk = new byte[Math.Min(81920, maxBytes + 1)];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"it grew past the {maxBytes}-byte limit for {what} while being read"));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
