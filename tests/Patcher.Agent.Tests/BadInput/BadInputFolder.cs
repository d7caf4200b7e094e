namespace Patcher.Agent.Tests.BadInput;

/// <summary>A temporary folder in which each class of bad input is made at a path of the caller's choosing.</summary>
internal sealed class BadInputFolder : IDisposable
{
    public string Path { get; } = System.IO.Directory.CreateTempSubdirectory("patcher-badinput-").FullName;

    /// <summary>Makes <paramref name="input"/> at <paramref name="path"/> (inside this folder) and returns the path to pass.</summary>
    public string Make(BadInput input, string path)
    {
        switch (input)
        {
            case BadInput.Empty:
                File.WriteAllBytes(path, []);
                return path;
            case BadInput.Missing:
                return path;
            case BadInput.Fifo:
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }

                return path;
            case BadInput.Directory:
                System.IO.Directory.CreateDirectory(path);
                return path;
            case BadInput.EndlessDevice:
                File.CreateSymbolicLink(path, "/dev/zero");
                return path;
            case BadInput.Huge:
                using (var stream = File.Create(path))
                {
                    stream.SetLength(8L * 1024 * 1024 * 1024);
                }

                return path;
            case BadInput.MalformedJson:
                File.WriteAllText(path, "{\"schemaVersion\": 1, \"host\": ");
                return path;
            default:
                var file = System.IO.Path.Combine(Path, "a-file");
                File.WriteAllText(file, "x");
                return System.IO.Path.Combine(file, System.IO.Path.GetFileName(path));
        }
    }

    /// <summary>Every entry under the folder with its kind and size: what "nothing changed" is checked against.</summary>
    public string[] Snapshot() => new DirectoryInfo(Path)
        .EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .Select(e => $"{System.IO.Path.GetRelativePath(Path, e.FullName)} {(e is FileInfo { LinkTarget: null } f ? f.Length : -1)}")
        .Order(StringComparer.Ordinal)
        .ToArray();

    public void Dispose() => System.IO.Directory.Delete(Path, recursive: true);
}
