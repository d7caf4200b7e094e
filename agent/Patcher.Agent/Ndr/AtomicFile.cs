namespace Patcher.Agent.Ndr;

/// <summary>
/// Writes a file so that readers see either nothing or all of it: a temp file in the same folder (same volume, so
/// the rename is atomic), flushed to disk, then renamed into place. NuGet's extraction does the same.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/>. Without <paramref name="overwrite"/> an existing
    /// file is never replaced, even one that appears while writing.
    /// </summary>
    /// <exception cref="IOException">The file exists (without <paramref name="overwrite"/>), or the write failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' has no folder.");
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite);
        }
        finally
        {
            // After a successful move the temp name is gone; after a failure it must not be left behind.
            File.Delete(temp);
        }
    }
}
