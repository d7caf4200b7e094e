using Patcher.Agent.Ndr;
using Patcher.X411.Model;

namespace Patcher.Agent.Tests.Ndr;

public sealed class GlobalDomainIdentifierParserTests
{
    [Theory]
    [InlineData("c=US;a= ;p=Contoso", "US", " ", "Contoso")]
    [InlineData("c=GB;a=BT", "GB", "BT", null)]
    [InlineData("C=GB;A=BT;P=Fabrikam;", "GB", "BT", "Fabrikam")]
    [InlineData("p=Contoso;a= ;c=US", "US", " ", "Contoso")]
    public void TryParse_ValidDomain_KeepsValuesExactly(string text, string country, string admd, string? prmd)
    {
        Assert.True(GlobalDomainIdentifierParser.TryParse(text, out var domain, out var problem), problem);

        Assert.Equal(new GlobalDomainIdentifier(country, admd, prmd), domain);
    }

    [Theory]
    [InlineData("no ADMD", "c=US")]
    [InlineData("no country", "a= ;p=Contoso")]
    [InlineData("empty", "")]
    [InlineData("no value", "c=US;a=")]
    [InlineData("no equals", "c=US;a= ;Contoso")]
    [InlineData("unknown attribute", "c=US;a= ;o=Sales")]
    [InlineData("country twice", "c=US;c=GB;a= ")]
    public void TryParse_InvalidDomain_SaysWhy(string @case, string text)
    {
        Assert.False(GlobalDomainIdentifierParser.TryParse(text, out var domain, out var problem), @case);

        Assert.Null(domain);
        Assert.NotEmpty(problem);
    }
}
