using Patcher.Core.Discovery;

namespace Patcher.Core.Tests.Discovery;

public sealed class ServiceImagePathTests
{
    [Theory]
    [InlineData(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", @"C:\EXCHSRVR\BIN\EMSMTA.EXE")]
    [InlineData(@"""C:\Program Files\Exchsrvr\bin\emsmta.exe"" -debug", @"C:\Program Files\Exchsrvr\bin\emsmta.exe")]
    [InlineData(@"C:\Program Files\Exchsrvr\bin\emsmta.exe -debug", @"C:\Program Files\Exchsrvr\bin\emsmta.exe")]
    [InlineData(@"\??\C:\EXCHSRVR\BIN\EMSMTA.EXE", @"C:\EXCHSRVR\BIN\EMSMTA.EXE")]
    [InlineData(@"C:\x.exed\BIN\EMSMTA.EXE", @"C:\x.exed\BIN\EMSMTA.EXE")]
    [InlineData(@"""C:\unterminated\EMSMTA.EXE", @"C:\unterminated\EMSMTA.EXE")]
    public void Executable_ImagePath_ReturnsExecutable(string imagePath, string expected) =>
        Assert.Equal(expected, ServiceImagePath.Executable(imagePath));

    [Theory]
    [InlineData(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", true)]
    [InlineData(@"""D:\exch\bin\emsmta.exe""", true)]
    [InlineData(@"C:\EXCHSRVR\BIN\STORE.EXE", false)]
    [InlineData(@"C:\EXCHSRVR\BIN\NOTEMSMTA.EXE", false)]
    [InlineData("", false)]
    public void IsMta_ImagePath_MatchesOnFileName(string imagePath, bool expected) =>
        Assert.Equal(expected, ServiceImagePath.IsMta(imagePath));
}
