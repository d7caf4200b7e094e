using System.Runtime.Versioning;
using Patcher.Core.Platform;

namespace Patcher.Windows.Files;

/// <summary>On Windows a host path is a local path: only made absolute and normalized (<c>C:\EXCHSRVR\.\BIN\..\BIN</c> → <c>C:\EXCHSRVR\BIN</c>).</summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsFileSystem : IFileSystem
{
    /// <summary>Paths are this machine's own.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsFileSystem()
    {
        WindowsOnly.Ensure(nameof(WindowsFileSystem));
    }

    /// <inheritdoc />
    public string ToLocalPath(string hostPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostPath);
        return Path.GetFullPath(hostPath);
    }
}
