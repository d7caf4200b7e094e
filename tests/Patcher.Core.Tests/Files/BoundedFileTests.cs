using Patcher.Core.Files;

namespace Patcher.Core.Tests.Files;

/// <summary>The one bounded reader of outside input: regular files only, streamed, capped, never trusting Length.</summary>
public sealed class BoundedFileTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _folder = Directory.CreateTempSubdirectory("patcher-bounded-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_RegularFile_ReturnsItsBytes()
    {
        var file = Write("a.json", [1, 2, 3]);

        Assert.Equal([1, 2, 3], BoundedFile.Read(file, 3));
    }

    [Fact]
    public void Read_OneByteOverTheCap_RefusedNamingTheCap()
    {
        var file = Write("a.json", [1, 2, 3, 4]);

        var refused = Assert.Throws<FileRefusedException>(() => BoundedFile.Read(file, 3));

        Assert.Contains("over the 3-byte cap", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith($"'{file}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeSparseFile_RefusedAtTheCapWithoutReadingIt()
    {
        var file = Path.Combine(_folder, "sparse.json");
        using (var stream = File.Create(file))
        {
            stream.SetLength(8L * 1024 * 1024 * 1024); // 8 GiB of holes: no disk used, Length says 8 GiB.
        }

        var refused = Assert.Throws<FileRefusedException>(() => BoundedFile.Read(file, 1024 * 1024));

        Assert.Contains("over the 1 MiB cap", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Missing_RefusedAsMissing()
    {
        var refused = Assert.Throws<FileRefusedException>(() => BoundedFile.Read(Path.Combine(_folder, "none.json"), 10));

        Assert.Equal("does not exist", refused.Reason);
    }

    [Fact]
    public void Read_Directory_RefusedAsDirectory()
    {
        var refused = Assert.Throws<FileRefusedException>(() => BoundedFile.Read(_folder, 10));

        Assert.Equal("is a directory, not a file", refused.Reason);
    }

    [Fact]
    public async Task Read_FifoWithoutWriter_RefusedUnopenedNotHung()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs in a Windows folder.
        }

        var fifo = Fifo("fifo.json");

        var refused = await Task.Run(() => Assert.Throws<FileRefusedException>(() => BoundedFile.Read(fifo, 10))).WaitAsync(Timeout);

        Assert.Equal("is a FIFO (named pipe), not a regular file", refused.Reason);
    }

    [Fact]
    public async Task Read_EndlessDeviceAndALinkToIt_RefusedByTheResolvedTarget()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // Windows has no /dev/zero.
        }

        var link = Path.Combine(_folder, "zero.json");
        File.CreateSymbolicLink(link, "/dev/zero");

        foreach (var path in new[] { "/dev/zero", link })
        {
            var refused = await Task.Run(() => Assert.Throws<FileRefusedException>(() => BoundedFile.Read(path, 10))).WaitAsync(Timeout);
            Assert.StartsWith("is a character device", refused.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_LinkToARegularFile_FollowedUnlessLinksAreRefused()
    {
        var file = Write("real.json", [7]);
        var link = Path.Combine(_folder, "link.json");
        File.CreateSymbolicLink(link, file);

        Assert.Equal([7], BoundedFile.Read(link, 10));
        var refused = Assert.Throws<FileRefusedException>(() => BoundedFile.Read(link, 10, refuseLinks: true));
        Assert.StartsWith("is a symbolic link", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStream_FifoWithAWriter_ReadsWhatWasWritten()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo("m.fifo");
        var writer = Task.Run(() => File.WriteAllBytes(fifo, [1, 2, 3]));

        var bytes = await Task.Run(() => BoundedFile.ReadStream(fifo, 10, TimeSpan.FromSeconds(10))).WaitAsync(Timeout);
        await writer.WaitAsync(Timeout);

        Assert.Equal([1, 2, 3], bytes);
    }

    [Fact]
    public async Task ReadStream_FifoNoOneWrites_RefusedAfterTheWait()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo("m.fifo");

        var refused = await Task.Run(() => Assert.Throws<FileRefusedException>(() => BoundedFile.ReadStream(fifo, 10, TimeSpan.FromMilliseconds(300)))).WaitAsync(Timeout);

        Assert.Contains("no writer opened", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStream_EndlessDevice_RefusedAtTheCap()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var refused = await Task.Run(() => Assert.Throws<FileRefusedException>(() => BoundedFile.ReadStream("/dev/zero", 1024 * 1024, TimeSpan.FromSeconds(1)))).WaitAsync(Timeout);

        Assert.Contains("over the 1 MiB cap", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStream_Directory_Refused()
    {
        var refused = Assert.Throws<FileRefusedException>(() => BoundedFile.ReadStream(_folder, 10, TimeSpan.FromSeconds(1)));

        Assert.Equal("is a directory, not a file", refused.Reason);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(_folder, name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
