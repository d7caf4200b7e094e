using Patcher.Core.Platform;

namespace Patcher.Lab.Files;

/// <summary>
/// A lab host's drives: <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c> is a real file under the host's <c>drive_c</c> folder, and each
/// path segment is matched case-insensitively against what exists, as Windows would.
/// </summary>
public sealed class LabFileSystem : IFileSystem
{
    private readonly string _driveC;

    /// <summary>Maps drive C: to <paramref name="driveC"/>.</summary>
    public LabFileSystem(string driveC)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(driveC);
        _driveC = Path.GetFullPath(driveC);
    }

    /// <inheritdoc />
    public string ToLocalPath(string hostPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostPath);
        var segments = hostPath.Replace('/', '\\').Split('\\', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || !segments[0].Equals("C:", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The lab host has drive C: only; '{hostPath}' is not on it.", nameof(hostPath));
        }

        var local = _driveC;
        foreach (var segment in segments.Skip(1))
        {
            if (segment is "." or "..")
            {
                throw new ArgumentException($"'{hostPath}' must not contain '.' or '..' segments.", nameof(hostPath));
            }

            local = Path.Combine(local, Match(local, segment));
        }

        return local;
    }

    /// <summary>The existing entry of <paramref name="folder"/> named <paramref name="segment"/> in any case, or the segment itself.</summary>
    private static string Match(string folder, string segment)
    {
        if (!Directory.Exists(folder))
        {
            return segment;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(entry);
            if (name.Equals(segment, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return segment;
    }
}
