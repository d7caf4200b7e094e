using Patcher.Lab.Files;

namespace Patcher.Lab.Tests.Files;

public sealed class LabFileSystemTests : IDisposable
{
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void ToLocalPath_MatchesExistingSegmentsInAnyCase()
    {
        var drive = Path.Combine(_lab.Root, "drive_c");
        Directory.CreateDirectory(Path.Combine(drive, "EXCHSRVR", "BIN"));
        File.WriteAllText(Path.Combine(drive, "EXCHSRVR", "BIN", "EMSMTA.EXE"), "");

        var local = new LabFileSystem(drive).ToLocalPath(@"c:\exchsrvr\bin\emsmta.exe");

        Assert.Equal(Path.Combine(drive, "EXCHSRVR", "BIN", "EMSMTA.EXE"), local);
    }

    [Theory]
    [InlineData(@"D:\EXCHSRVR")]
    [InlineData(@"C:\EXCHSRVR\..\etc")]
    public void ToLocalPath_OutsideDriveC_IsRefused(string hostPath) =>
        Assert.Throws<ArgumentException>(() => new LabFileSystem(_lab.Root).ToLocalPath(hostPath));
}
