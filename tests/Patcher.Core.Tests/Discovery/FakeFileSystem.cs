using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Discovery;

/// <summary>Drive C: as a temp folder; host paths are lower-cased, so files are written lower-case.</summary>
internal sealed class FakeFileSystem : IFileSystem, IDisposable
{
    public FakeFileSystem()
    {
        DriveC = Directory.CreateTempSubdirectory("patcher-discovery-").FullName;
    }

    public string DriveC { get; }

    public string ToLocalPath(string hostPath)
    {
        if (!hostPath.StartsWith(@"C:\", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{hostPath}' is not on drive C:.", nameof(hostPath));
        }

        var segments = hostPath[3..].ToLowerInvariant().Split('\\', StringSplitOptions.RemoveEmptyEntries);
        return Path.Combine([DriveC, .. segments]);
    }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="hostPath"/>, creating folders.</summary>
    public void Write(string hostPath, byte[] bytes)
    {
        var local = ToLocalPath(hostPath);
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        File.WriteAllBytes(local, bytes);
    }

    public void CreateFolder(string hostPath) => Directory.CreateDirectory(ToLocalPath(hostPath));

    public void Delete(string hostPath) => File.Delete(ToLocalPath(hostPath));

    public void Dispose() => Directory.Delete(DriveC, recursive: true);
}
