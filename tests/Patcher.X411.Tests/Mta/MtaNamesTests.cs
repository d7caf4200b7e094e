using Patcher.X411.Mta;

namespace Patcher.X411.Tests.Mta;

public sealed class MtaNamesTests
{
    [Theory]
    [InlineData("EXCH55-MTA")]
    [InlineData("A")]
    [InlineData("MTA NAME WITH SPACES ()+,-./:=?")]
    public void Problem_ValidName_IsNull(string name) => Assert.Null(MtaNames.Problem(name));

    [Fact]
    public void Problem_ThirtyTwoCharacters_IsNull() => Assert.Null(MtaNames.Problem(new string('M', MtaNames.MaxLength)));

    [Theory]
    [InlineData(null, "cannot be empty")]
    [InlineData("", "cannot be empty")]
    [InlineData("THIS-MTA-NAME-IS-FAR-TOO-LONG-FOR-X411", "at most 32 characters")]
    [InlineData("MTA\u00C9", "printable ASCII")]
    [InlineData("MTA\u0007", "printable ASCII")]
    public void Problem_InvalidName_SaysWhy(string? name, string expected) =>
        Assert.Contains(expected, MtaNames.Problem(name), StringComparison.Ordinal);
}
