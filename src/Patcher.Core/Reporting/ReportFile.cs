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
        Files.AtomicFile.Write(path, content, overwrite: true);
        return path;
    }
}
