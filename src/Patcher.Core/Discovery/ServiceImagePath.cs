namespace Patcher.Core.Discovery;

/// <summary>The executable named by a service's ImagePath, which may be quoted, carry arguments or an NT prefix.</summary>
public static class ServiceImagePath
{
    private const string Exe = ".exe";

    /// <summary>The executable's host path: <c>"C:\EXCHSRVR\BIN\EMSMTA.EXE" -x</c> gives <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c>.</summary>
    public static string Executable(string imagePath)
    {
        ArgumentNullException.ThrowIfNull(imagePath);
        var text = imagePath.Trim();
        if (text.StartsWith(@"\??\", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        if (text.StartsWith('"'))
        {
            var end = text.IndexOf('"', 1);
            return end < 0 ? text[1..] : text[1..end];
        }

        // Unquoted: the SCM itself takes the shortest prefix ending in .exe followed by a space or the end.
        for (var at = text.IndexOf(Exe, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(Exe, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + Exe.Length;
            if (end == text.Length || text[end] == ' ')
            {
                return text[..end];
            }
        }

        return text;
    }

    /// <summary>Whether the ImagePath runs the MTA (<c>EMSMTA.EXE</c>, in any folder and any case).</summary>
    public static bool IsMta(string imagePath) =>
        HostPath.FileName(Executable(imagePath)).Equals(MtaFiles.Emsmta, StringComparison.OrdinalIgnoreCase);
}
