using System.Globalization;

namespace Patcher.Core.Files;

/// <summary>
/// The one way the agent reads a file it did not write itself (a manifest, a package, settings, a host report, a
/// journal, an APDU): what the path finally names is checked before it is opened (a FIFO would block the open, a
/// device never ends), then the content is streamed and stopped at a stated cap. <see cref="FileInfo.Length"/> is
/// never trusted: a sparse file, a <c>/proc</c> file and a file that grows meanwhile all meet the same cap.
/// </summary>
public static class BoundedFile
{
    private const int ChunkSize = 81920;

    /// <summary>
    /// The bytes of <paramref name="path"/>, a regular file of at most <paramref name="cap"/> bytes (links are followed
    /// and their target checked, unless <paramref name="refuseLinks"/>).
    /// </summary>
    /// <exception cref="FileRefusedException">Missing, not a regular file, over the cap, or unreadable; the message says which.</exception>
    public static byte[] Read(string path, long cap, bool refuseLinks = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        if (path.Length == 0)
        {
            throw new FileRefusedException(path, "is not a path (empty)", null);
        }

        if (refuseLinks && LinkTarget(path) is { } target)
        {
            throw new FileRefusedException(path, $"is a symbolic link (to {target}); it is read only as a regular file, never through a link", null);
        }

        var kind = FileKindProbe.Of(path);
        if (kind != FileKind.Regular)
        {
            throw new FileRefusedException(path, Describe(kind), null);
        }

        return Open(path, cap, stream =>
        {
            // Windows: a pipe or a device opened by name is no file in a folder; it shows as a stream that cannot seek.
            if (!stream.CanSeek)
            {
                throw new FileRefusedException(path, "is a pipe or a device, not a regular file", null);
            }
        });
    }

    /// <summary>
    /// The bytes of <paramref name="path"/>, which may also be a pipe, a FIFO or a character device read as a stream
    /// (what <c>cat m | patcher decode /dev/stdin</c> gives), never past <paramref name="cap"/>. A FIFO that no writer
    /// opens within <paramref name="writerWait"/> is refused instead of waited on for ever.
    /// </summary>
    /// <exception cref="FileRefusedException">Missing, a directory or another kind, over the cap, no writer, unreadable.</exception>
    public static byte[] ReadStream(string path, long cap, TimeSpan writerWait)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        if (path.Length == 0)
        {
            throw new FileRefusedException(path, "is not a path (empty)", null);
        }

        var kind = FileKindProbe.Of(path);
        return kind switch
        {
            FileKind.Regular or FileKind.CharacterDevice => Open(path, cap, _ => { }),
            FileKind.Pipe => FifoReader.Read(path, cap, writerWait),
            _ => throw new FileRefusedException(path, Describe(kind), null),
        };
    }

    /// <summary>Reads <paramref name="stream"/> to its end, refusing it past <paramref name="cap"/> bytes.</summary>
    /// <exception cref="FileRefusedException">Over the cap, or a read failed.</exception>
    public static byte[] ReadToEnd(Stream stream, string path, long cap)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        try
        {
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > cap)
                {
                    throw new FileRefusedException(path, string.Create(CultureInfo.InvariantCulture, $"is over the {Size(cap)} cap for this file (it holds more than {cap} bytes); it was not read"), null);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException exception) when (exception is not FileRefusedException)
        {
            throw new FileRefusedException(path, $"cannot be read: {exception.Message}", exception);
        }

        return buffer.ToArray();
    }

    /// <summary>What the operator reads for a kind that is refused.</summary>
    internal static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "does not exist",
        FileKind.Directory => "is a directory, not a file",
        FileKind.Pipe => "is a FIFO (named pipe), not a regular file",
        FileKind.CharacterDevice => "is a character device (such as /dev/zero), not a regular file",
        FileKind.BlockDevice => "is a block device, not a regular file",
        FileKind.Socket => "is a socket, not a regular file",
        _ => "is a regular file",
    };

    internal static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes}-byte");

    private static byte[] Open(string path, long cap, Action<FileStream> check)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            check(stream);
            return ReadToEnd(stream, path, cap);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileRefusedException(path, "does not exist", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new FileRefusedException(path, $"cannot be read: {exception.Message}", exception);
        }
        catch (IOException exception) when (exception is not FileRefusedException)
        {
            throw new FileRefusedException(path, $"cannot be read: {exception.Message}", exception);
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
