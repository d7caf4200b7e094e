using CsCheck;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Versioning;

public sealed class FileVersionTests
{
    [Fact]
    public void Parse_ExchangeSp4Build_ReturnsParts()
    {
        var version = FileVersion.Parse("5.5.2653.23");

        Assert.Equal(new FileVersion(5, 5, 2653, 23), version);
        Assert.Equal("5.5.2653.23", version.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("5.5")]
    [InlineData("5.5.2653")]
    [InlineData("5.5.2653.23.1")]
    [InlineData("5.5.65536.0")]
    [InlineData("-1.5.2653.23")]
    [InlineData("+5.5.2653.23")]
    [InlineData("5..2653.23")]
    [InlineData("5.5.2653.")]
    [InlineData(" 5.5.2653.23")]
    [InlineData("5.5.2653.23 ")]
    [InlineData("5.5.2653.23 (SP4)")]
    [InlineData("a.b.c.d")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        Assert.False(FileVersion.TryParse(text, out _));
        Assert.Throws<FormatException>(() => FileVersion.Parse(text));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(FileVersion.TryParse((string?)null, out _));

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, 65536, 0, 0)]
    [InlineData(0, 0, 70000, 0)]
    [InlineData(0, 0, 0, -5)]
    public void Constructor_PartOutOfRange_Throws(int major, int minor, int build, int revision) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FileVersion(major, minor, build, revision));

    [Fact]
    public void CompareTo_DomainBuilds_OrdersByBuildThenRevision()
    {
        var versions = ExchangeBuilds.MtaVersions.Select(FileVersion.Parse).ToList();
        var shuffled = versions.AsEnumerable().Reverse().ToList();

        shuffled.Sort();

        Assert.Equal(versions, shuffled);
    }

    [Fact]
    public void Operators_HotfixAgainstSp4_CompareAsExpected()
    {
        var hotfix = FileVersion.Parse("5.5.2651.69");
        var sp4 = FileVersion.Parse("5.5.2653.23");

        Assert.True(hotfix < sp4);
        Assert.True(sp4 > hotfix);
        Assert.True(sp4 >= FileVersion.Parse("5.5.2653.23"));
        Assert.True(hotfix <= sp4);
        Assert.True(FileVersion.Parse("5.5.2651.71") > FileVersion.Parse("5.5.2651.69"));
    }

    [Fact]
    public void CompareTo_ObjectOfOtherType_Throws() =>
        Assert.Throws<ArgumentException>(() => new FileVersion(5, 5, 2653, 23).CompareTo("5.5.2653.23"));

    [Fact]
    public void ToStringThenParse_AnyVersion_RoundTrips() =>
        Gen.Select(Gen.Int[0, 65535], Gen.Int[0, 65535], Gen.Int[0, 65535], Gen.Int[0, 65535])
            .Sample((a, b, c, d) =>
            {
                var version = new FileVersion(a, b, c, d);
                Assert.Equal(version, FileVersion.Parse(version.ToString()));
            });
}
