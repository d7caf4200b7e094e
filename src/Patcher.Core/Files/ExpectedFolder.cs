namespace Patcher.Core.Files;

/// <summary>Says what is wrong with a path given where a folder is expected (to read from or to write into).</summary>
public static class ExpectedFolder
{
    /// <summary>
    /// Null when <paramref name="path"/> is a folder; otherwise what it is, for the operator: "does not exist", "is a
    /// FIFO (named pipe), not a folder", or, for a path under a file, "cannot be a folder: '/x/a' is a regular file".
    /// </summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return "is not a path (empty)";
        }

        var kind = FileKindProbe.Of(path);
        if (kind == FileKind.Directory)
        {
            return null;
        }

        if (kind != FileKind.Missing)
        {
            return Describe(kind);
        }

        // Missing: a file somewhere above it means it can never be created; name that file.
        for (var parent = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            var above = FileKindProbe.Of(parent);
            if (above == FileKind.Directory)
            {
                break;
            }

            if (above != FileKind.Missing)
            {
                return $"cannot be a folder: '{parent}' {Describe(above)}";
            }
        }

        return "does not exist";
    }

    private static string Describe(FileKind kind) => kind == FileKind.Regular
        ? "is a file, not a folder"
        : BoundedFile.Describe(kind).Replace("not a regular file", "not a folder", StringComparison.Ordinal);
}
