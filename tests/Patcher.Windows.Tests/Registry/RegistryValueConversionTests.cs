using Patcher.Core.Platform;
using Patcher.Windows.Registry;

namespace Patcher.Windows.Tests.Registry;

public sealed class RegistryValueConversionTests
{
    [Fact]
    public void FromWin32_Sz_IsText() =>
        Assert.Equal(RegistryValue.Sz(@"C:\EXCHSRVR"), RegistryValueConversion.FromWin32(1, @"C:\EXCHSRVR", "v"));

    [Fact]
    public void FromWin32_ExpandSz_StaysUnexpanded() =>
        Assert.Equal(RegistryValue.ExpandSz(@"%SystemRoot%\x"), RegistryValueConversion.FromWin32(2, @"%SystemRoot%\x", "v"));

    [Theory]
    [InlineData(2653, 2653u)]
    [InlineData(-1, uint.MaxValue)]
    public void FromWin32_DWord_KeepsTheBits(int data, uint expected) =>
        Assert.Equal(RegistryValue.DWord(expected), RegistryValueConversion.FromWin32(4, data, "v"));

    [Fact]
    public void FromWin32_MultiSz_IsLines()
    {
        var value = RegistryValueConversion.FromWin32(7, new[] { "MSExchangeDS", "MSExchangeSA" }, "v");

        Assert.Equal(Core.Platform.RegistryValueKind.MultiSz, value.Kind);
        Assert.Equal(["MSExchangeDS", "MSExchangeSA"], value.Lines!);
    }

    [Theory]
    [InlineData(3, "REG_BINARY")]
    [InlineData(11, "REG_QWORD")]
    [InlineData(0, "REG_NONE")]
    public void FromWin32_UnsupportedType_ThrowsNamingValueAndType(int type, string typeName)
    {
        var e = Assert.Throws<NotSupportedException>(() => RegistryValueConversion.FromWin32(type, new byte[1], @"HKLM\X\Y"));

        Assert.Contains(@"HKLM\X\Y", e.Message, StringComparison.Ordinal);
        Assert.Contains(typeName, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToWin32_DWordAboveIntMax_IsTheSameBitsAsInt() =>
        Assert.Equal((4, (object)(-1)), RegistryValueConversion.ToWin32(RegistryValue.DWord(uint.MaxValue)));

    [Fact]
    public void ToWin32_MultiSz_IsStringArray()
    {
        var (type, data) = RegistryValueConversion.ToWin32(RegistryValue.MultiSz(["a", "b"]));

        Assert.Equal(7, type);
        Assert.Equal(new[] { "a", "b" }, Assert.IsType<string[]>(data));
    }

    [Theory]
    [InlineData(Core.Platform.RegistryValueKind.Sz, 1)]
    [InlineData(Core.Platform.RegistryValueKind.ExpandSz, 2)]
    public void ToWin32_Strings_KeepTheirKind(Core.Platform.RegistryValueKind kind, int type) =>
        Assert.Equal((type, (object)"x"), RegistryValueConversion.ToWin32(new RegistryValue(kind, Text: "x")));

    [Fact]
    public void ToWin32_KindWithoutItsData_ThrowsArgument() =>
        Assert.Contains("needs Number", Assert.Throws<ArgumentException>(
            () => RegistryValueConversion.ToWin32(new RegistryValue(Core.Platform.RegistryValueKind.DWord))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(Core.Platform.RegistryValueKind.Sz)]
    [InlineData(Core.Platform.RegistryValueKind.ExpandSz)]
    [InlineData(Core.Platform.RegistryValueKind.DWord)]
    [InlineData(Core.Platform.RegistryValueKind.MultiSz)]
    public void RoundTrip_EachKind_IsIdentity(Core.Platform.RegistryValueKind kind)
    {
        var value = kind switch
        {
            Core.Platform.RegistryValueKind.DWord => RegistryValue.DWord(0x80000000),
            Core.Platform.RegistryValueKind.MultiSz => RegistryValue.MultiSz(["x", "y"]),
            _ => new RegistryValue(kind, Text: "t"),
        };

        var (type, data) = RegistryValueConversion.ToWin32(value);
        var back = RegistryValueConversion.FromWin32(type, data, "v");

        Assert.Equal(value.Kind, back.Kind);
        Assert.Equal(value.ToString(), back.ToString());
    }
}
