namespace Patcher.Core.Files;

/// <summary>
/// Writes a file so that readers see the old content or the new, never a part: a temporary file beside it, flushed to
/// disk, then renamed over it (NuGet's extraction does the same). The one place the agent, the lab and the reports
/// write files this way.
/// </summary>
public static class AtomicFile
{
    /// <summary>Replaces (or creates) <paramref name="path"/>, creating its folder as needed.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException exception)
        {
            throw CannotWrite(path, folder, exception);
        }

        Write(path, content, overwrite: true);
    }

    /// <summary>Replaces (or creates) <paramref name="path"/> with <paramref name="text"/> in UTF-8, creating its folder as needed.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Writes <paramref name="path"/>, whose folder must exist. Without <paramref name="overwrite"/> an existing file is
    /// never replaced: the rename refuses (<see cref="IOException"/>), so there is no check-then-write race.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> content, bool overwrite)
    {
        var bytes = content.ToArray();
        Write(path, stream => stream.Write(bytes), overwrite);
    }

    /// <summary>
    /// Writes <paramref name="path"/> from what <paramref name="write"/> puts into the stream (a large report streamed,
    /// never held whole), with the same guarantees as <see cref="Write(string, ReadOnlySpan{byte}, bool)"/>.
    /// </summary>
    public static void Write(string path, Action<Stream> write, bool overwrite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' has no folder.");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            try
            {
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            catch (DirectoryNotFoundException exception)
            {
                // The message would name our temporary; the operator needs the path they gave and what is wrong with it.
                throw CannotWrite(path, folder, exception);
            }

            File.Move(temporary, full, overwrite);
        }
        finally
        {
            // Gone after the rename; after a failure it must not be left behind (a share may refuse even this).
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Deletes the temporaries a writer of <paramref name="path"/> left when it died between writing and renaming
    /// (<c>.NAME.GUID.tmp</c> beside it). Only the file's one writer calls this, holding whatever lock it writes under.
    /// </summary>
    public static void RemoveLeftovers(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(folder, $".{Path.GetFileName(full)}.*.tmp"))
        {
            TryDelete(leftover);
        }
    }

    private static DirectoryNotFoundException CannotWrite(string path, string folder, IOException exception) =>
        new($"'{path}' cannot be written: its folder '{folder}' {ExpectedFolder.Problem(folder) ?? exception.Message}", exception);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a dot-file that readers skip.
        }
    }
}
