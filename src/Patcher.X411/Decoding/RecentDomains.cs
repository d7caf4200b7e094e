using System.Runtime.CompilerServices;
using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

/// <summary>
/// A few global domain identifiers a decode made lately, kept in the reader so that equal ones can be shared:
/// <see cref="Sets"/> sets of two, the one used last first (<see cref="P1Reader.GetDomain(in DomainParts)"/>).
/// </summary>
[InlineArray(Sets * 2)]
internal struct RecentDomains
{
    public const int Sets = 8;

    private RecentDomain _first;
}

/// <summary>
/// A shared global domain identifier and, when a common form read it, the octets it was read from: the country and
/// ADMD names with their wrappers, then the PRMD's string (<see cref="Split"/> is where that starts). The same octets
/// always make the same names, so a later name with these octets is this one without reading a string again.
/// </summary>
internal readonly record struct RecentDomain(GlobalDomainIdentifier Domain, byte[]? Octets, int Split)
{
    public bool WasReadFrom(ReadOnlySpan<byte> names, ReadOnlySpan<byte> privateDomain) =>
        Octets is { } octets && octets.Length == names.Length + privateDomain.Length
        && names.SequenceEqual(octets.AsSpan(0, Split)) && privateDomain.SequenceEqual(octets.AsSpan(Split));
}
