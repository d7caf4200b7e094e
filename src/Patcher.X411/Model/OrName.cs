namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>ORName ::= [APPLICATION 0] SEQUENCE { COMPONENTS OF ORAddress, directory-name [0] Name OPTIONAL }</c>:
/// the built-in standard attributes and domain-defined attributes an envelope uses. Extension attributes and the
/// directory name are checked for structure and skipped; <see cref="HasOtherParts"/> says they were there.
/// </summary>
/// <param name="Country">country-name.</param>
/// <param name="AdministrationDomain">administration-domain-name.</param>
/// <param name="PrivateDomain">private-domain-name [2].</param>
/// <param name="Organization">organization-name [3].</param>
/// <param name="PersonalName">personal-name [5].</param>
/// <param name="OrganizationalUnits">organizational-unit-names [6] (at most 4).</param>
/// <param name="DomainDefinedAttributes">built-in-domain-defined-attributes (at most 4).</param>
/// <param name="HasOtherParts">Network address, terminal or numeric user identifier, extension attributes or a directory name were present.</param>
public sealed record OrName(
    string? Country = null,
    string? AdministrationDomain = null,
    string? PrivateDomain = null,
    string? Organization = null,
    PersonalName? PersonalName = null,
    EquatableArray<string> OrganizationalUnits = default,
    EquatableArray<DomainDefinedAttribute> DomainDefinedAttributes = default,
    bool HasOtherParts = false)
{
    /// <summary>The name in the familiar X.400 text form, e.g. <c>c=US;a= ;p=Contoso;o=Sales;s=Smith</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Add("c", Country);
        Add("a", AdministrationDomain);
        Add("p", PrivateDomain);
        Add("o", Organization);
        foreach (var unit in OrganizationalUnits)
        {
            Add("ou", unit);
        }

        Add("s", PersonalName?.Surname);
        Add("g", PersonalName?.GivenName);
        Add("i", PersonalName?.Initials);
        Add("q", PersonalName?.GenerationQualifier);
        foreach (var attribute in DomainDefinedAttributes)
        {
            Add("dda:" + attribute.Type, attribute.Value);
        }

        return string.Join(";", parts);

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{key}={value}");
            }
        }
    }
}
