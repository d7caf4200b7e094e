namespace Patcher.Core.Platform;

/// <summary>
/// Where the host's Windows paths are on this machine. On Windows a path is itself; on a lab host
/// <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c> is a real file under the host's folder, found case-insensitively as Windows would.
/// Files are then read and written with <see cref="System.IO"/>.
/// </summary>
public interface IFileSystem
{
    /// <summary>The local path for <paramref name="hostPath"/> (which need not exist).</summary>
    string ToLocalPath(string hostPath);
}
