using Patcher.X411.Model;

namespace Patcher.X411.Tests.Model;

public sealed class GlobalDomainIdentifierTests
{
    [Theory]
    [InlineData("c=US;a= ;p=Contoso", "US", " ", "Contoso")]
    [InlineData("c=GB;a=BT", "GB", "BT", null)]
    [InlineData("C=GB;A=BT;P=Fabrikam;", "GB", "BT", "Fabrikam")]
    [InlineData("p=Contoso;a= ;c=US", "US", " ", "Contoso")]
    [InlineData(" c = US ;a= ; p= Contoso ", "US", " ", "Contoso")]
    public void TryParse_ValidDomain_KeepsValuesExactly(string text, string country, string admd, string? prmd)
    {
        Assert.True(GlobalDomainIdentifier.TryParse(text, out var domain, out var problem), problem);

        Assert.Equal(new GlobalDomainIdentifier(country, admd, prmd), domain);
        Assert.Empty(problem);
    }

    [Theory]
    [InlineData("no ADMD", "c=US")]
    [InlineData("no country", "a= ;p=Contoso")]
    [InlineData("empty", "")]
    [InlineData("no value", "c=US;a=")]
    [InlineData("no equals", "c=US;a= ;Contoso")]
    [InlineData("unknown attribute", "c=US;a= ;o=Sales")]
    [InlineData("country twice", "c=US;c=GB;a= ")]
    [InlineData("empty country", "c= ;a= ;p=Contoso")]
    [InlineData("empty PRMD", "c=US;a= ;p= ")]
    public void TryParse_InvalidDomain_SaysWhy(string @case, string text)
    {
        Assert.False(GlobalDomainIdentifier.TryParse(text, out var domain, out var problem), @case);

        Assert.Null(domain);
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void TryParse_EmptyCountry_NamesThePart()
    {
        // Issue 10: the ndr command once accepted "c= " as an empty country; the engine's rule refuses it.
        Assert.False(GlobalDomainIdentifier.TryParse("c= ;a=BT", out _, out var problem));

        Assert.Contains("'c= ' has no value", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", " ", "Contoso")]
    [InlineData("GB", "BT", null)]
    [InlineData("826", "BT", "Fabrikam")]
    public void TryParse_ToString_RoundTrips(string country, string admd, string? prmd)
    {
        var domain = new GlobalDomainIdentifier(country, admd, prmd);

        Assert.True(GlobalDomainIdentifier.TryParse(domain.ToString(), out var parsed, out var problem), problem);

        Assert.Equal(domain, parsed);
    }
}
