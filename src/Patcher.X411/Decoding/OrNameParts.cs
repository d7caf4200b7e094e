namespace Patcher.X411.Decoding;

/// <summary>
/// Where the strings of an O/R name read in its common form start (their two-octet headers, for
/// <see cref="P1Reader.StringAt"/>); 0 for a part that is absent (no string of an O/R name starts at the APDU's first octet).
/// </summary>
internal struct OrNameParts
{
    public int Country;
    public int AdministrationDomain;
    public int PrivateDomain;
    public int Organization;
    public int Surname;
    public int GivenName;
    public int Initials;
    public int GenerationQualifier;
    public UnitHeaders Units;
    public int UnitCount;

    /// <summary>Up to four organizational units (ub-organizational-units).</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    public struct UnitHeaders
    {
        private int _first;
    }
}
