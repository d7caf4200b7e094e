using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;

namespace Patcher.Core.Tests.Versioning;

public sealed class PeVersionStamperTests
{
    private static readonly FileVersion Sp4 = FileVersion.Parse("5.5.2653.23");

    [Theory]
    [InlineData("emsmta.exe", "5.5.2650.24", "5.5.2651.69")]   // SP3 → Q248732 hotfix
    [InlineData("x400om.dll", "5.5.2651.69", "5.5.2653.23")]   // hotfix → SP4
    [InlineData("emsmta.exe", "5.5.2654.89", "5.5.2448.1")]    // shorter text, padded with NULs
    public void Stamp_StandIn_EqualsImageBuiltAtNewVersion(string fileName, string from, string to)
    {
        var image = ExchangeBuilds.Image(fileName, from);
        var target = FileVersion.Parse(to);

        var result = PeVersionStamper.Stamp(image, fileName, target);

        Assert.True(result.AllStringsUpdated);
        Assert.Equal(["040904B0\\FileVersion", "040904B0\\ProductVersion"], result.UpdatedStrings);
        Assert.Equal(FileVersion.Parse(from), result.PreviousFileVersion);
        Assert.True(result.ChecksumUpdated);
        var info = PeVersionReader.Read(image, fileName);
        Assert.Equal(target, info.FileVersion);
        Assert.Equal(to, info.GetString("FileVersion"));
        if (to.Length == from.Length)
        {
            // Same-length text: the stamped image is byte for byte what the writer builds, checksum included.
            Assert.Equal(ExchangeBuilds.Image(fileName, to), image);
        }
    }

    [Fact]
    public void Stamp_ProductVersionGiven_StampsBothSeparately()
    {
        var image = ExchangeBuilds.Image("emsmta.exe", "5.5.2650.24");

        var result = PeVersionStamper.Stamp(image, "emsmta.exe", FileVersion.Parse("5.5.2651.69"), FileVersion.Parse("5.5.2650.0"));

        var info = PeVersionReader.Read(image, "emsmta.exe");
        Assert.Equal(FileVersion.Parse("5.5.2651.69"), info.FileVersion);
        Assert.Equal(FileVersion.Parse("5.5.2650.0"), info.ProductVersion);
        Assert.Equal("5.5.2650.0", info.GetString("ProductVersion"));
        Assert.Equal(FileVersion.Parse("5.5.2650.24"), result.PreviousProductVersion);
    }

    [Fact]
    public void Stamp_ManagedDllCopy_ReadsBackNewVersionAndReportsStringsThatDoNotFit()
    {
        using var temp = new TempDirectory();
        var path = temp.Copy(typeof(PeVersionReader).Assembly.Location);
        var before = PeVersionReader.Read(path);
        var length = new FileInfo(path).Length;

        var result = PeVersionStamper.Stamp(path, Sp4);

        var after = PeVersionReader.Read(path);
        Assert.Equal(Sp4, after.FileVersion);
        Assert.Equal(Sp4, after.ProductVersion);
        Assert.Equal(length, new FileInfo(path).Length);
        Assert.Equal(before.FileVersion, result.PreviousFileVersion);

        // The compiler sizes the "1.0.0.0" slot for 8 units; "5.5.2653.23" needs 12.
        Assert.False(result.AllStringsUpdated);
        Assert.Contains(result.UnchangedStrings, s => s.Contains("\\FileVersion: '5.5.2653.23' needs 12", StringComparison.Ordinal));
        Assert.Equal(before.GetString("FileVersion"), after.GetString("FileVersion"));
        Assert.Equal(before.GetString("CompanyName"), after.GetString("CompanyName"));
        Assert.False(result.SignatureInvalidated);
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Stamp_ManagedDllTextFitsSlot_UpdatesStringPaddedWithNul()
    {
        using var temp = new TempDirectory();
        var path = temp.Copy(typeof(PeVersionReader).Assembly.Location);
        var shortVersion = FileVersion.Parse("5.5.0.1");      // 7 units + NUL fit the 8 of "1.0.0.0"

        var result = PeVersionStamper.Stamp(path, shortVersion);

        Assert.Contains(result.UpdatedStrings, s => s.EndsWith("\\FileVersion", StringComparison.Ordinal));
        Assert.Equal("5.5.0.1", PeVersionReader.Read(path).GetString("FileVersion"));
    }

    [Fact]
    public void Stamp_RuntimeDllCopy_ReadsBackNewVersion()
    {
        using var temp = new TempDirectory();
        var path = temp.Copy(typeof(Enumerable).Assembly.Location);

        PeVersionStamper.Stamp(path, Sp4);

        Assert.Equal(Sp4, PeVersionReader.Read(path).FileVersion);
    }

    [Fact]
    public void Stamp_ManagedDllCopy_StillLoadsWithMetadataReaderAndCollectibleContext()
    {
        using var temp = new TempDirectory();
        var path = temp.Copy(typeof(PeVersionReader).Assembly.Location);
        PeVersionStamper.Stamp(path, Sp4);

        using (var pe = new PEReader(File.OpenRead(path)))
        {
            Assert.True(pe.HasMetadata);
            var metadata = pe.GetMetadataReader();
            Assert.Equal("Patcher.Core", metadata.GetString(metadata.GetAssemblyDefinition().Name));
            Assert.NotEmpty(metadata.TypeDefinitions);
        }

        var context = new AssemblyLoadContext("stamped-engine", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(path);
            Assert.Equal("Patcher.Core", assembly.GetName().Name);
            var reader = assembly.GetType(typeof(PeVersionReader).FullName!, throwOnError: true)!;
            var read = reader.GetMethod(nameof(PeVersionReader.Read), [typeof(string)])!;
            Assert.NotNull(read.Invoke(null, [path]));
            Assert.Equal("1.0.0.0", assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Stamp_FileWithoutVersionResource_ThrowsAndLeavesFileAlone()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "mtacheck.exe");
        var image = ExchangeBuilds.Image("mtacheck.exe", machine: PeMachine.Amd64);
        image[0x98 + 112 + 16] = 0;                  // PE32+ data directory 2 (resources) RVA → 0
        image[0x98 + 112 + 17] = 0;
        File.WriteAllBytes(path, image);

        var ex = Assert.Throws<PeFormatException>(() => PeVersionStamper.Stamp(path, Sp4));

        Assert.Equal(PeErrorCodes.NoVersionResource, ex.Code);
        Assert.Equal(image, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }
}
