namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>GlobalDomainIdentifier ::= [APPLICATION 3] SEQUENCE { country-name, administration-domain-name,
/// private-domain-identifier OPTIONAL }</c>. Strings of digits travel as NumericString, others as PrintableString.
/// </summary>
/// <param name="Country">ISO 3166 alpha-2 code or X.121 DCC (three digits).</param>
/// <param name="AdministrationDomain">The ADMD name (0..16 characters; a single space means "any").</param>
/// <param name="PrivateDomain">The PRMD identifier, if any.</param>
public sealed partial record GlobalDomainIdentifier(string Country, string AdministrationDomain, string? PrivateDomain = null)
{
    /// <inheritdoc />
    /// <remarks>The X.400 text form operators write, read back by <see cref="TryParse"/>.</remarks>
    public override string ToString() =>
        PrivateDomain is null ? $"c={Country};a={AdministrationDomain}" : $"c={Country};a={AdministrationDomain};p={PrivateDomain}";
}
