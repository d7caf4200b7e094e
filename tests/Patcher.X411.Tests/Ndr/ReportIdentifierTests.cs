using Patcher.X411.Ndr;

namespace Patcher.X411.Tests.Ndr;

public sealed class ReportIdentifierTests
{
    private static readonly DateTimeOffset Now = new(2000, 1, 3, 9, 0, 0, 500, TimeSpan.FromHours(1));

    [Fact]
    public void For_Subject_IsNdrUtcSecondAndHashPrefix()
    {
        // SHA-256("abc") = BA7816BF...; the time is taken in UTC and cut to the second.
        var identifier = ReportIdentifier.For("abc"u8, Now);

        Assert.Equal("NDR000103080000-BA7816BF", identifier);
    }

    [Fact]
    public void For_Any_FitsAnIa5LocalIdentifier()
    {
        var identifier = ReportIdentifier.For(new byte[1000], Now);

        Assert.InRange(identifier.Length, 1, 32); // X.411 LocalIdentifier ::= IA5String (SIZE (1..ub-local-id-length))
        Assert.All(identifier, c => Assert.True(char.IsAscii(c) && !char.IsControl(c)));
    }

    [Fact]
    public void For_DifferentSubjects_Differ() =>
        Assert.NotEqual(ReportIdentifier.For("a"u8, Now), ReportIdentifier.For("b"u8, Now));
}
