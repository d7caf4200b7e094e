namespace Patcher.Core.Reporting;

/// <summary>
/// Writes a report so a reader (the fleet report over the share) sees the whole file or none of it: a temporary file in
/// the same folder, flushed, then renamed into place, as NuGet's extraction does. Temporary names start with a dot, which
/// the fleet reader skips.
/// </summary>
internal static class ReportFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="folder"/>/<paramref name="fileName"/>, creating the folder; returns the path.</summary>
    public static string Write(string folder, string fileName, ReadOnlySpan<byte> content)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(Path.GetFullPath(folder), fileName);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return path;
        }
        finally
        {
            // Gone after the rename; after a failure it must not be left behind (a share may refuse even this).
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a dot-file the fleet reader skips.
        }
    }
}
