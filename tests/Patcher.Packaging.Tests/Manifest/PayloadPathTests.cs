using Patcher.Packaging.Manifest;

namespace Patcher.Packaging.Tests.Manifest;

public sealed class PayloadPathTests
{
    [Theory]
    [InlineData(@"BIN\X400OM.DLL")]
    [InlineData(@"BIN\EMSMTA.EXE")]
    [InlineData(@"MTADATA\MTACHECK.OUT\P2.XV2")]
    [InlineData("BIN/CONSOLE.DLL")]
    public void TargetProblem_SafeTarget_IsNull(string target) => Assert.Null(PayloadPath.TargetProblem(target));

    [Theory]
    [InlineData("")]
    [InlineData(@"..\BIN\X400OM.DLL")]
    [InlineData(@"BIN\..\..\X400OM.DLL")]
    [InlineData("BIN/../X400OM.DLL")]
    [InlineData(@"\BIN\X400OM.DLL")]
    [InlineData(@"\\server\share\X400OM.DLL")]
    [InlineData(@"C:\EXCHSRVR\BIN\X400OM.DLL")]
    [InlineData(@"C:X400OM.DLL")]
    [InlineData(@"BIN\X400OM.DLL:evil")]
    [InlineData(@"BIN\X400OM.DLL::$DATA")]
    [InlineData(@"BIN\CON")]
    [InlineData(@"BIN\aux.dll")]
    [InlineData(@"BIN\COM1.txt")]
    [InlineData(@"BIN\LPT9")]
    [InlineData(@"BIN\X400OM.DLL ")]
    [InlineData(@"BIN.\X400OM.DLL")]
    [InlineData(@"BIN\\X400OM.DLL")]
    [InlineData(@".\BIN\X400OM.DLL")]
    [InlineData("BIN\\X400OM\u0000.DLL")]
    [InlineData(@"BIN\X40?OM.DLL")]
    public void TargetProblem_EscapingTarget_IsRefused(string target) => Assert.NotNull(PayloadPath.TargetProblem(target));

    [Theory]
    [InlineData("payload/X400OM.DLL", true)]
    [InlineData("payload/../X400OM.DLL", false)]
    [InlineData("payload\\X400OM.DLL", false)]
    [InlineData("/payload/X400OM.DLL", false)]
    [InlineData("lib/X400OM.DLL", false)]
    [InlineData("payload/X400OM.DLL:stream", false)]
    public void SourceProblem_Source_RefusedUnlessUnderPayload(string source, bool safe) =>
        Assert.Equal(safe, PayloadPath.SourceProblem(source) is null);

    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData(".signature.p7s")]
    [InlineData("package/services/metadata/core-properties/0123.psmdcp")]
    public void EntryProblem_NuGetsOwnEntries_AreSafe(string entry) => Assert.Null(PayloadPath.EntryProblem(entry));
}
