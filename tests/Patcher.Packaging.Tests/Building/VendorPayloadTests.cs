using Patcher.Core.Versioning;
using Patcher.Packaging.Building;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Tests.Building;

public sealed class VendorPayloadTests : IDisposable
{
    private readonly string _folder = VendorFiles.NewFolder();

    [Fact]
    public void Read_OneBuildInTheFolder_ProductionIdentityWithEachFilesOwnVersionAndMachine()
    {
        VendorFiles.WriteBuild(_folder, VendorFiles.Hotfix);

        var content = VendorPayload.Read(_folder);

        Assert.Equal("Patcher.Hotfix.Q248732", content.PackageId);
        Assert.Equal("1.0.0", content.PackageVersion);
        Assert.Equal("Patcher.Hotfix.Q248732.1.0.0.nupkg", content.FileName);
        Assert.False(content.LabOnly);
        Assert.Equal([@"BIN\EMSMTA.EXE", @"BIN\X400OM.DLL"], content.Files.Select(f => f.Entry.Target));
        Assert.All(content.Files, f =>
        {
            Assert.Equal(FileVersion.Parse(VendorFiles.Hotfix), f.Entry.FileVersion);
            Assert.Equal(PeMachine.I386, f.Entry.Machine);
            Assert.Equal(f.Bytes.Length, f.Entry.Size);
        });
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "X400OM.DLL")), content.Files[1].Bytes);
    }

    [Fact]
    public void Read_LowercaseNamesAndOtherFiles_FixFilesFoundOthersIgnored()
    {
        File.WriteAllBytes(Path.Combine(_folder, "emsmta.exe"), VendorFiles.Image("EMSMTA.EXE"));
        File.WriteAllBytes(Path.Combine(_folder, "x400om.dll"), VendorFiles.Image("X400OM.DLL"));
        File.WriteAllBytes(Path.Combine(_folder, "MTAMSG.DLL"), VendorFiles.Image("MTAMSG.DLL"));
        File.WriteAllText(Path.Combine(_folder, "readme.txt"), "Q248732");

        var content = VendorPayload.Read(_folder);

        Assert.Equal(["payload/i386/EMSMTA.EXE", "payload/i386/X400OM.DLL"], content.Files.Select(f => f.Entry.Source));
    }

    [Fact]
    public void Read_I386AndAlphaSubfolders_BothBuilds()
    {
        VendorFiles.WriteBuild(Path.Combine(_folder, "i386"));
        VendorFiles.WriteBuild(Path.Combine(_folder, "ALPHA"), machine: PeMachine.Alpha);

        var content = VendorPayload.Read(_folder);

        Assert.Equal(
            ["alpha BIN\\EMSMTA.EXE", "alpha BIN\\X400OM.DLL", "i386 BIN\\EMSMTA.EXE", "i386 BIN\\X400OM.DLL"],
            content.Files.Select(f => $"{f.Entry.Machine} {f.Entry.Target}"));
    }

    [Fact]
    public void Read_EmsmtaNotAPeImage_RefusedWithPkg033NamingTheFile()
    {
        VendorFiles.WriteBuild(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "EMSMTA.EXE"), "MZ but nothing more"u8.ToArray());

        AssertRefused(HotfixPackageErrorCodes.PayloadNotPeImage, "EMSMTA.EXE");
    }

    [Theory]
    [InlineData("5.5.2650.24")] // SP3: the defect itself
    [InlineData("5.5.2651.68")] // just below the hotfix
    [InlineData("6.0.4417.5")]  // Exchange 2000: not the 5.5 line
    public void Read_VersionBelowTheHotfixOrNot55_RefusedWithPkg034(string version)
    {
        VendorFiles.WriteBuild(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "X400OM.DLL"), VendorFiles.Image("X400OM.DLL", version));

        var refusal = AssertRefused(HotfixPackageErrorCodes.PayloadVersionRefused, "X400OM.DLL");

        Assert.Contains(version, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("5.5.2651.69", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProductNotExchange_RefusedWithPkg035()
    {
        VendorFiles.WriteBuild(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "EMSMTA.EXE"), VendorFiles.Image("EMSMTA.EXE", productName: "Microsoft Windows NT(R) Operating System"));

        var refusal = AssertRefused(HotfixPackageErrorCodes.PayloadNotExchange, "EMSMTA.EXE");

        Assert.Contains("Microsoft Windows NT(R) Operating System", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProductNameMicrosoftRExchange_Accepted()
    {
        VendorFiles.WriteBuild(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "EMSMTA.EXE"), VendorFiles.Image("EMSMTA.EXE", productName: "Microsoft(R) Exchange"));

        Assert.Equal(2, VendorPayload.Read(_folder).Files.Count);
    }

    [Fact]
    public void Read_X400omMissing_RefusedWithPkg036()
    {
        VendorFiles.WriteBuild(_folder);
        File.Delete(Path.Combine(_folder, "X400OM.DLL"));

        AssertRefused(HotfixPackageErrorCodes.PayloadFixFileMissing, "X400OM.DLL");
    }

    [Fact]
    public void Read_EmptyFolder_RefusedWithPkg036() =>
        AssertRefused(HotfixPackageErrorCodes.PayloadFixFileMissing, "EMSMTA.EXE");

    [Fact]
    public void Read_Amd64Files_RefusedWithPkg037()
    {
        VendorFiles.WriteBuild(_folder, machine: PeMachine.Amd64);

        var refusal = AssertRefused(HotfixPackageErrorCodes.PayloadUnknownMachine, "EMSMTA.EXE");

        Assert.Contains("amd64", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x86", HotfixPackageErrorCodes.PayloadUnknownMachine)]  // not a name the layout knows
    [InlineData("alpha", HotfixPackageErrorCodes.PayloadMixedMachines)] // Intel files where Alpha ones belong
    public void Read_IntelBuildInASubfolderNotNamedI386_RefusedNamingTheSubfolder(string subfolder, string code)
    {
        VendorFiles.WriteBuild(Path.Combine(_folder, subfolder));

        AssertRefused(code, subfolder);
    }

    [Fact]
    public void Read_IntelEmsmtaWithAlphaX400om_RefusedWithPkg038()
    {
        VendorFiles.WriteBuild(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "X400OM.DLL"), VendorFiles.Image("X400OM.DLL", machine: PeMachine.Alpha));

        var refusal = AssertRefused(HotfixPackageErrorCodes.PayloadMixedMachines, "X400OM.DLL");

        Assert.Contains("alpha", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FilesDirectlyAndInASubfolder_RefusedWithPkg032()
    {
        VendorFiles.WriteBuild(_folder);
        VendorFiles.WriteBuild(Path.Combine(_folder, "alpha"), machine: PeMachine.Alpha);

        AssertRefused(HotfixPackageErrorCodes.BuildInputMissing, "alpha");
    }

    [Fact]
    public void Read_FolderMissing_RefusedWithPkg032()
    {
        var refusal = Assert.Throws<HotfixPackageException>(() => VendorPayload.Read(Path.Combine(_folder, "none")));

        Assert.Equal(HotfixPackageErrorCodes.BuildInputMissing, refusal.Code);
    }

    [Fact]
    public void Read_FileOverTheCap_RefusedWithPkg039BeforeReadingIt()
    {
        VendorFiles.WriteBuild(_folder);
        using (var huge = new FileStream(Path.Combine(_folder, "EMSMTA.EXE"), FileMode.Create))
        {
            huge.SetLength(VendorPayload.MaxFileSize + 1); // sparse: the cap is checked on the length
        }

        AssertRefused(HotfixPackageErrorCodes.PayloadTooLarge, "EMSMTA.EXE");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private HotfixPackageException AssertRefused(string code, string named)
    {
        var refusal = Assert.Throws<HotfixPackageException>(() => VendorPayload.Read(_folder));
        Assert.Equal(code, refusal.Code);
        Assert.StartsWith(code, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(named, refusal.Message, StringComparison.Ordinal);
        return refusal;
    }
}
