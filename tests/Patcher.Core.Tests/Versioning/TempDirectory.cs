namespace Patcher.Core.Tests.Versioning;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("patcher-versioning-").FullName;
    }

    public string Path { get; }

    /// <summary>Copies <paramref name="source"/> into the directory and returns the copy's path.</summary>
    public string Copy(string source)
    {
        var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(source));
        File.Copy(source, target);
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
