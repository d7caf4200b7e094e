using Patcher.Agent.Ndr;
using Patcher.Agent.Tests.Samples;
using Patcher.Core.Files;

namespace Patcher.Agent.Tests.Ndr;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_NewFile_WritesBytesAndLeavesNoTempFile()
    {
        var path = _folder.Combine("out.ndr");

        AtomicFile.Write(path, [1, 2, 3], overwrite: false);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["out.ndr"], _folder.Files());
    }

    [Fact]
    public void Write_ExistingFileWithoutOverwrite_ThrowsAndKeepsTheFile()
    {
        var path = _folder.Write("out.ndr", [9]);

        Assert.Throws<IOException>(() => AtomicFile.Write(path, [1, 2, 3], overwrite: false));

        Assert.Equal([9], File.ReadAllBytes(path));
        Assert.Equal(["out.ndr"], _folder.Files());
    }

    [Fact]
    public void Write_ExistingFileWithOverwrite_ReplacesIt()
    {
        var path = _folder.Write("out.ndr", [9]);

        AtomicFile.Write(path, [1, 2, 3], overwrite: true);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["out.ndr"], _folder.Files());
    }

    [Fact]
    public void Write_MissingFolder_ThrowsAndCreatesNothing()
    {
        var path = _folder.Combine(Path.Combine("missing", "out.ndr"));

        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Write(path, [1], overwrite: false));

        Assert.Empty(_folder.Files());
    }
}
