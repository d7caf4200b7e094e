using System.Diagnostics;
using System.Reflection;
using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;

namespace Patcher.Core.Tests.Versioning;

public sealed class PeVersionReaderTests
{
    public static TheoryData<string> ManagedAssemblies() => new()
    {
        typeof(object).Assembly.Location,                 // System.Private.CoreLib, ReadyToRun
        typeof(Uri).Assembly.Location,
        typeof(Enumerable).Assembly.Location,
        typeof(PeVersionReader).Assembly.Location,        // ours: Patcher.Core.dll
        typeof(PeImageWriter).Assembly.Location,          // ours: Patcher.Lab.dll
    };

    public static TheoryData<string, string> ExchangeFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in ExchangeBuilds.MtaVersions)
        {
            foreach (var file in ExchangeBuilds.MtaFiles)
            {
                data.Add(file, version);
            }
        }

        return data;
    }

    // On Linux FileVersionInfo reads the assembly's metadata attributes; on Windows, the same
    // VS_VERSIONINFO we parse. The C# compiler derives the resource from those attributes.
    [Theory]
    [MemberData(nameof(ManagedAssemblies))]
    public void Read_ManagedAssembly_MatchesFileVersionInfo(string path)
    {
        var info = PeVersionReader.Read(path);
        var expected = FileVersionInfo.GetVersionInfo(path);

        Assert.Equal(new FileVersion(expected.FileMajorPart, expected.FileMinorPart, expected.FileBuildPart, expected.FilePrivatePart), info.FileVersion);
        Assert.Equal(expected.FileVersion, info.GetString("FileVersion"));
        Assert.Equal(expected.ProductVersion, info.GetString("ProductVersion"));
        Assert.Equal(expected.CompanyName, info.GetString("CompanyName"));
        Assert.Equal(expected.ProductName, info.GetString("ProductName"));
        Assert.Equal(expected.FileDescription, info.GetString("FileDescription"));
        Assert.Equal(expected.InternalName, info.GetString("InternalName"));
        Assert.Equal(expected.OriginalFilename, info.GetString("OriginalFilename"));
        Assert.Equal(path, info.SourceName);
    }

    [Fact]
    public void Read_PatcherCore_MatchesAssemblyAttributes()
    {
        var assembly = typeof(PeVersionReader).Assembly;

        var info = PeVersionReader.Read(assembly.Location);

        Assert.Equal(FileVersion.Parse(assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()!.Version), info.FileVersion);
        Assert.Equal(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion, info.GetString("ProductVersion"));
        Assert.Equal("Patcher", info.GetString("CompanyName"));
        Assert.Equal("Patcher.Core.dll", info.GetString("OriginalFilename"));
        Assert.Equal("000004b0", info.StringTable);  // language neutral, Unicode, as the compiler writes it
    }

    [Fact]
    public void Read_CoreLibFromBytes_MatchesReadFromPath()
    {
        var path = typeof(object).Assembly.Location;

        var fromBytes = PeVersionReader.Read(File.ReadAllBytes(path), "corelib");
        var fromPath = PeVersionReader.Read(path);

        Assert.Equal(fromPath.FileVersion, fromBytes.FileVersion);
        Assert.Equal(fromPath.ProductVersion, fromBytes.ProductVersion);
        Assert.Equal(fromPath.Strings, fromBytes.Strings);
        Assert.Equal("corelib", fromBytes.SourceName);
    }

    [Theory]
    [MemberData(nameof(ExchangeFiles))]
    public void Read_StandInForExchangeBuild_RoundTripsVersionAndStrings(string fileName, string version)
    {
        var expected = FileVersion.Parse(version);
        var image = PeImageWriter.Build(PeImageSpec.ForExchangeFile(fileName, expected));

        var info = PeVersionReader.Read(image, fileName);

        Assert.Equal(expected, info.FileVersion);
        Assert.Equal(expected, info.ProductVersion);
        Assert.Equal("040904B0", info.StringTable);
        Assert.Equal(version, info.GetString("FileVersion"));
        Assert.Equal(version, info.GetString("ProductVersion"));
        Assert.Equal("Microsoft Corporation", info.GetString("CompanyName"));
        Assert.Equal("Microsoft Exchange", info.GetString("ProductName"));
        Assert.Equal(fileName.ToUpperInvariant(), info.GetString("OriginalFilename"));
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName).ToUpperInvariant(), info.GetString("InternalName"));
        Assert.Equal($"Patcher lab stand-in for {fileName.ToUpperInvariant()}", info.GetString("FileDescription"));
        Assert.Equal(7, info.Strings.Count);
    }

    [Fact]
    public void Read_StandInWithPayloadAndOwnStrings_ReturnsThem()
    {
        var spec = new PeImageSpec
        {
            FileVersion = FileVersion.Parse("5.5.2651.69"),
            ProductVersion = FileVersion.Parse("5.5.2650.0"),
            OriginalFilename = "X400OM.DLL",
            Kind = PeImageKind.Library,
            FileDescription = "X.400 Object Management",
            InternalName = "x400om",
            ProductVersionText = "5.5.2650.0 (Q248732)",
            Payload = new byte[10_000],
        };

        var info = PeVersionReader.Read(PeImageWriter.Build(spec), "x400om.dll");

        Assert.Equal(spec.FileVersion, info.FileVersion);
        Assert.Equal(spec.ProductVersion, info.ProductVersion);
        Assert.Equal("5.5.2650.0 (Q248732)", info.GetString("ProductVersion"));
        Assert.Equal("x400om", info.GetString("InternalName"));
        Assert.Equal("X.400 Object Management", info.GetString("FileDescription"));
        Assert.Null(info.GetString("Comments"));
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => PeVersionReader.Read(Path.Combine(Path.GetTempPath(), "no-such-emsmta.exe")));
}
