using System.Reflection.PortableExecutable;
using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;

namespace Patcher.Core.Tests.Versioning;

/// <summary>Checks the writer's images with System.Reflection.Metadata's independent PE parser.</summary>
public sealed class PeImageWriterTests
{
    [Theory]
    [InlineData("emsmta.exe", false)]
    [InlineData("x400om.dll", true)]
    [InlineData("mtamsg.dll", true)]
    public void Build_ExchangeStandIn_IsI386Pe32SystemReflectionCanRead(string fileName, bool isDll)
    {
        var image = ExchangeBuilds.Image(fileName);

        using var reader = new PEReader(new MemoryStream(image));
        var headers = reader.PEHeaders;

        Assert.Equal(Machine.I386, headers.CoffHeader.Machine);
        Assert.Equal(PEMagic.PE32, headers.PEHeader!.Magic);
        Assert.Equal(isDll, headers.IsDll);
        Assert.Equal(!isDll, headers.IsExe);
        Assert.False(headers.IsCoffOnly);
        Assert.Null(headers.CorHeader);
        Assert.Equal([".rsrc"], headers.SectionHeaders.Select(s => s.Name));
        Assert.Equal(headers.SectionHeaders[0].VirtualAddress, headers.PEHeader.ResourceTableDirectory.RelativeVirtualAddress);
        Assert.Equal(0, image.Length % 0x200);
    }

    [Fact]
    public void Build_WithPayload_PutsItVerbatimInDataSection()
    {
        var payload = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        var spec = PeImageSpec.ForExchangeFile("emsmta.exe", FileVersion.Parse("5.5.2653.23")) with { Payload = payload };

        var image = PeImageWriter.Build(spec);

        using var reader = new PEReader(new MemoryStream(image));
        Assert.Equal([".data", ".rsrc"], reader.PEHeaders.SectionHeaders.Select(s => s.Name));
        var data = reader.GetSectionData(".data").GetContent();
        Assert.Equal(payload, data.Take(payload.Length));
        Assert.Equal(FileVersion.Parse("5.5.2653.23"), PeVersionReader.Read(image, "emsmta.exe").FileVersion);
    }

    [Fact]
    public void Build_Alpha_Pe32DeclaringTheMachineOurReaderReadsBack()
    {
        var image = ExchangeBuilds.Image("x400om.dll", "5.5.2651.69", Core.Versioning.PeMachine.Alpha);

        using var reader = new PEReader(new MemoryStream(image));
        Assert.Equal((Machine)0x184, reader.PEHeaders.CoffHeader.Machine);
        Assert.Equal(PEMagic.PE32, reader.PEHeaders.PEHeader!.Magic);
        Assert.Equal(Core.Versioning.PeMachine.Alpha, PeVersionReader.Read(image, "x400om.dll").Machine);
        Assert.Equal(Core.Versioning.PeMachine.Alpha, Core.Versioning.PeHeaders.Parse(image, "x400om.dll").Machine);
    }

    [Fact]
    public void Build_Arm64_DeclaresMachine()
    {
        var spec = PeImageSpec.ForExchangeFile("emsmta.exe", FileVersion.Parse("5.5.2653.23")) with { Machine = PeMachine.Arm64 };

        using var reader = new PEReader(new MemoryStream(PeImageWriter.Build(spec)));

        Assert.Equal(Machine.Arm64, reader.PEHeaders.CoffHeader.Machine);
    }

    [Fact]
    public void Build_SameSpecTwice_IsDeterministic() =>
        Assert.Equal(ExchangeBuilds.Image(), ExchangeBuilds.Image());

    [Fact]
    public void Build_StringWithNul_Throws()
    {
        var spec = PeImageSpec.ForExchangeFile("emsmta.exe", FileVersion.Parse("5.5.2653.23")) with { CompanyName = "Micro\0soft" };

        Assert.Throws<ArgumentException>(() => PeImageWriter.Build(spec));
    }
}
