namespace Patcher.Core.Discovery;

/// <summary>Windows path arithmetic on host paths (<c>C:\EXCHSRVR\BIN</c>), the same on every OS.</summary>
internal static class HostPath
{
    /// <summary><paramref name="folder"/>\<paramref name="name"/>.</summary>
    public static string Combine(string folder, string name) => Trim(folder) + "\\" + name;

    /// <summary>The folder holding <paramref name="path"/>, or null for a drive root.</summary>
    public static string? Parent(string path)
    {
        var trimmed = Trim(path);
        var slash = trimmed.LastIndexOf('\\');
        return slash <= 0 ? null : trimmed[..slash];
    }

    /// <summary>The last segment of <paramref name="path"/>.</summary>
    public static string FileName(string path)
    {
        var trimmed = Trim(path);
        return trimmed[(trimmed.LastIndexOf('\\') + 1)..];
    }

    /// <summary>Whether two host paths name the same place, as Windows compares them (case-insensitively).</summary>
    public static bool Same(string left, string right) =>
        string.Equals(Trim(left), Trim(right), StringComparison.OrdinalIgnoreCase);

    private static string Trim(string path) => path.Replace('/', '\\').TrimEnd('\\');
}
