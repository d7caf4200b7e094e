namespace Patcher.Core.Apply;

/// <summary>
/// Writes that survive a crash or a power loss: a temporary file beside the destination (same folder, same volume),
/// flushed to disk, checked, then renamed over the destination, as NuGet's extraction does. A reader sees the old file or
/// the new one, never a part.
/// </summary>
internal static class DurableFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content) => Files.AtomicFile.WriteAllBytes(path, content);

    /// <summary>
    /// Copies <paramref name="source"/> over <paramref name="destination"/> through a flushed temporary file whose SHA-256
    /// must be <paramref name="expectedSha256"/> before it is renamed into place.
    /// </summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.HashMismatch"/>: the copy is not what was expected.</exception>
    public static void CopyVerified(string source, string destination, string expectedSha256, string what) =>
        WriteVerified(destination, expectedSha256, what, stream =>
        {
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read);
            input.CopyTo(stream);
        });

    /// <summary>Writes through <paramref name="fill"/> into a flushed temporary file, checks its hash, renames it over <paramref name="destination"/>.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.HashMismatch"/>: the written bytes are not what was expected.</exception>
    public static void WriteVerified(string destination, string expectedSha256, string what, Action<Stream> fill)
    {
        var temporary = TemporaryBeside(destination);
        try
        {
            using (var stream = CreateTemporary(temporary))
            {
                fill(stream);
                stream.Flush(flushToDisk: true);
            }

            CommitVerified(temporary, destination, expectedSha256, what);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The same, with <paramref name="fill"/> asynchronous (a payload read out of its package).</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.HashMismatch"/>: the written bytes are not what was expected.</exception>
    public static async Task WriteVerifiedAsync(string destination, string expectedSha256, string what, Func<Stream, Task> fill)
    {
        var temporary = TemporaryBeside(destination);
        try
        {
            var stream = CreateTemporary(temporary);
            await using (stream.ConfigureAwait(false))
            {
                await fill(stream).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            CommitVerified(temporary, destination, expectedSha256, what);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static FileStream CreateTemporary(string temporary) => new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    private static void CommitVerified(string temporary, string destination, string expectedSha256, string what)
    {
        var actual = FileHash.Of(temporary);
        if (!FileHash.Same(actual, expectedSha256))
        {
            throw new ApplyException(ApplyException.HashMismatch, $"{what} has SHA-256 {actual}, not {expectedSha256}: nothing was replaced with it.");
        }

        File.Move(temporary, destination, overwrite: true);
    }

    private static string TemporaryBeside(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }
}
