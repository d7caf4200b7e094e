using System.Buffers;

namespace Patcher.Packaging.Manifest;

/// <summary>
/// The path rules for package entries and payload targets: relative, no <c>..</c>, not rooted, no drive letter, no alternate
/// data stream (<c>:</c>), no DOS device name, no segment Windows would silently rewrite (trailing dot or space).
/// </summary>
internal static class PayloadPath
{
    /// <summary>The folder every payload entry lives in.</summary>
    public const string PayloadFolder = "payload/";

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("<>\"|?*:");

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>Why a zip entry name is unsafe (forward slashes only), or null when it is safe.</summary>
    public static string? EntryProblem(string name) =>
        name.Contains('\\', StringComparison.Ordinal) ? "it contains a backslash; entries use forward slashes only" : Problem(name, ['/']);

    /// <summary>Why a payload <c>source</c> is unsafe, or null: an entry under <c>payload/</c>.</summary>
    public static string? SourceProblem(string source) =>
        EntryProblem(source) ?? (source.StartsWith(PayloadFolder, StringComparison.Ordinal) ? null : $"it is not under '{PayloadFolder}'");

    /// <summary>Why a target (relative to the installation root, <c>\</c>-separated) is unsafe, or null when it is safe.</summary>
    public static string? TargetProblem(string target) => Problem(target, ['\\', '/']);

    private static string? Problem(string path, char[] separators)
    {
        if (path.Length == 0)
        {
            return "it is empty";
        }

        if (separators.Contains(path[0]))
        {
            return "it is rooted";
        }

        if (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':')
        {
            return "it names a drive";
        }

        if (path.Any(char.IsControl))
        {
            return "it contains a control character";
        }

        var forbidden = path.IndexOfAny(Forbidden);
        if (forbidden >= 0)
        {
            return path[forbidden] == ':' ? "it contains ':' (an alternate data stream or a drive)" : $"it contains '{path[forbidden]}'";
        }

        foreach (var segment in path.Split(separators))
        {
            if (segment is "" or "." or "..")
            {
                return segment == ".." ? "it contains '..'" : "it has an empty or '.' segment";
            }

            if (segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return $"segment '{segment}' ends with a dot or space, which Windows strips";
            }

            var stem = segment.Split('.')[0].TrimEnd(' ');
            if (DeviceNames.Contains(stem))
            {
                return $"segment '{segment}' is the DOS device name {stem.ToUpperInvariant()}";
            }
        }

        return null;
    }
}
