namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>ORName ::= [APPLICATION 0] SEQUENCE { COMPONENTS OF ORAddress, directory-name [0] Name OPTIONAL }</c>:
/// the built-in standard attributes and domain-defined attributes an envelope uses. Extension attributes and the
/// directory name are checked for structure and skipped; <see cref="HasOtherParts"/> says they were there.
/// </summary>
/// <remarks>
/// An envelope carries one name per recipient, and most are a country, two domains, perhaps an organization and a
/// surname: those are kept as fields, a personal name that is only a surname as that string, and the parts few names
/// have (units, domain-defined attributes, other parts) in one object that is absent when they are. So a decoded
/// recipient's name is one 64-byte object and its surname (issue 13: Decode at most four times its input). Equality
/// is by value, whichever way a name was built.
/// </remarks>
public sealed partial record OrName
{
    // Null, the surname of a personal name that has nothing else, or the whole PersonalName: always the first when it
    // fits, so that the record's field-by-field equality is equality of values.
    private readonly object? _person;

    // Null when the name has no units, no domain-defined attributes and no other parts.
    private readonly RareParts? _rare;

    /// <summary>An O/R name with these attributes.</summary>
    /// <param name="Country">country-name.</param>
    /// <param name="AdministrationDomain">administration-domain-name.</param>
    /// <param name="PrivateDomain">private-domain-name [2].</param>
    /// <param name="Organization">organization-name [3].</param>
    /// <param name="PersonalName">personal-name [5].</param>
    /// <param name="OrganizationalUnits">organizational-unit-names [6] (at most 4).</param>
    /// <param name="DomainDefinedAttributes">built-in-domain-defined-attributes (at most 4).</param>
    /// <param name="HasOtherParts">Network address, terminal or numeric user identifier, extension attributes or a directory name were present.</param>
    public OrName(
        string? Country = null,
        string? AdministrationDomain = null,
        string? PrivateDomain = null,
        string? Organization = null,
        PersonalName? PersonalName = null,
        EquatableArray<string> OrganizationalUnits = default,
        EquatableArray<DomainDefinedAttribute> DomainDefinedAttributes = default,
        bool HasOtherParts = false)
    {
        this.Country = Country;
        this.AdministrationDomain = AdministrationDomain;
        this.PrivateDomain = PrivateDomain;
        this.Organization = Organization;
        _person = Compact(PersonalName);
        _rare = RareParts.Of(OrganizationalUnits, DomainDefinedAttributes, HasOtherParts);
    }

    /// <summary>A name as the decoder reads it: a personal name that is only a surname is not built as a record.</summary>
    internal OrName(string? country, string? administrationDomain, string? privateDomain, string? organization, string? surname,
        PersonalName? person, string[]? units)
    {
        Country = country;
        AdministrationDomain = administrationDomain;
        PrivateDomain = privateDomain;
        Organization = organization;
        _person = person is null ? surname : Compact(person);
        _rare = units is null ? null : new RareParts(EquatableArray<string>.Own(units), default, false);
    }

    /// <summary>country-name.</summary>
    public string? Country { get; init; }

    /// <summary>administration-domain-name.</summary>
    public string? AdministrationDomain { get; init; }

    /// <summary>private-domain-name [2].</summary>
    public string? PrivateDomain { get; init; }

    /// <summary>organization-name [3].</summary>
    public string? Organization { get; init; }

    /// <summary>personal-name [5]. A name that is only a surname is kept as <see cref="Surname"/> and built here on each read.</summary>
    public PersonalName? PersonalName
    {
        get => _person as PersonalName ?? (_person is string surname ? new PersonalName(surname) : null);
        init => _person = Compact(value);
    }

    /// <summary>The personal name's surname, if there is a personal name (read without building it).</summary>
    public string? Surname => _person as string ?? (_person as PersonalName)?.Surname;

    /// <summary>organizational-unit-names [6] (at most 4).</summary>
    public EquatableArray<string> OrganizationalUnits
    {
        get => _rare?.Units ?? default;
        init => _rare = RareParts.Of(value, DomainDefinedAttributes, HasOtherParts);
    }

    /// <summary>built-in-domain-defined-attributes (at most 4).</summary>
    public EquatableArray<DomainDefinedAttribute> DomainDefinedAttributes
    {
        get => _rare?.Attributes ?? default;
        init => _rare = RareParts.Of(OrganizationalUnits, value, HasOtherParts);
    }

    /// <summary>Network address, terminal or numeric user identifier, extension attributes or a directory name were present.</summary>
    public bool HasOtherParts
    {
        get => _rare?.HasOtherParts ?? false;
        init => _rare = RareParts.Of(OrganizationalUnits, DomainDefinedAttributes, value);
    }

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

        var person = _person as PersonalName;
        Add("s", Surname);
        Add("g", person?.GivenName);
        Add("i", person?.Initials);
        Add("q", person?.GenerationQualifier);
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

    /// <summary>Deconstructs the name into its attributes, in the constructor's order.</summary>
    public void Deconstruct(out string? Country, out string? AdministrationDomain, out string? PrivateDomain, out string? Organization,
        out PersonalName? PersonalName, out EquatableArray<string> OrganizationalUnits,
        out EquatableArray<DomainDefinedAttribute> DomainDefinedAttributes, out bool HasOtherParts)
    {
        Country = this.Country;
        AdministrationDomain = this.AdministrationDomain;
        PrivateDomain = this.PrivateDomain;
        Organization = this.Organization;
        PersonalName = this.PersonalName;
        OrganizationalUnits = this.OrganizationalUnits;
        DomainDefinedAttributes = this.DomainDefinedAttributes;
        HasOtherParts = this.HasOtherParts;
    }

    private static object? Compact(PersonalName? person) =>
        person is { Surname: { } surname, GivenName: null, Initials: null, GenerationQualifier: null } ? surname : person;
}
