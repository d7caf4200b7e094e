namespace Patcher.X411.Decoding;

/// <summary>
/// Where the strings of a global domain identifier read in its common form start (their two-octet headers, for
/// <see cref="P1Reader.StringAt"/>); <see cref="PrivateDomain"/> is 0 when absent.
/// </summary>
internal struct DomainParts
{
    public int Country;
    public int AdministrationDomain;
    public int PrivateDomain;
}
