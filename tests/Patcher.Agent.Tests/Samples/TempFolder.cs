namespace Patcher.Agent.Tests.Samples;

/// <summary>A folder of its own per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "patcher-agent-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> in the folder and returns its full path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public string[] Files() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).ToArray()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
