using System.Runtime.CompilerServices;
using Patcher.X411.Ber;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// Nesting an O/R name's checked path reaches below its parent: the name, its standard attributes, a personal name
    /// or a domain name's wrapper, and a string.
    /// </summary>
    private const int OrNameLevels = 4;

    /// <summary>
    /// Reads, in its common form, an O/R name tagged <paramref name="identifier"/> (60, or A0/A4 in reports):
    /// <c>{ { country-name, administration-domain-name, private-domain-name [2] OPTIONAL, organization-name [3]
    /// OPTIONAL, personal-name [5] OPTIONAL, organizational-unit-names [6] OPTIONAL } }</c>, every header two octets,
    /// the personal name's members in tag order, and nothing else (no network address, terminal or numeric user
    /// identifier, domain-defined or extension attributes, directory name). That is nearly every originator and recipient
    /// on the wire. Anything else moves nothing and returns false: the caller reads the name checked.
    /// </summary>
    public bool TryReadOrName(in Frame parent, byte identifier, out OrNameParts parts)
    {
        var position = _position;
        if (CanReadCommonForm(OrNameLevels) && TryOrNameAt(ref position, parent.Bound, identifier, out parts))
        {
            _position = position;
            return true;
        }

        parts = default;
        return false;
    }

    /// <summary>The common form of an O/R name at <paramref name="position"/> (see <see cref="TryReadOrName"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryOrNameAt(ref int position, int end, byte identifier, out OrNameParts parts)
    {
        parts = default;
        var p = position;
        // The name holds only its standard attributes, so the SEQUENCE fills it.
        if (!TryEnterAt(ref p, end, identifier, out var nameEnd) || !TryEnterAt(ref p, nameEnd, Tags.Sequence, out var attributesEnd)
            || attributesEnd != nameEnd
            || !TryDomainNameAt(ref p, nameEnd, Tags.CountryName, 3, 3, 2, 2, out parts.Country)
            || !TryDomainNameAt(ref p, nameEnd, Tags.AdministrationDomainName, 0, 16, 0, 16, out parts.AdministrationDomain)
            || (Next(p, nameEnd, 0xA2) && !TryDomainNameAt(ref p, nameEnd, 0xA2, 1, 16, 1, 16, out parts.PrivateDomain))
            || (Next(p, nameEnd, 0x83) && !TryStringAt(ref p, nameEnd, 0x83, CharacterSet.Printable, 1, 64, out parts.Organization))
            || (Next(p, nameEnd, 0xA5) && !TryPersonalNameAt(ref p, nameEnd, ref parts))
            || (Next(p, nameEnd, 0xA6) && !TryUnitsAt(ref p, nameEnd, ref parts))
            || p != nameEnd)
        {
            return false;
        }

        position = p;
        return true;
    }

    /// <summary><c>personal-name [5] SET { surname [0] (1..40), given-name [1] (1..16), initials [2] (1..5), generation-qualifier [3] (1..3) }</c>, in tag order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryPersonalNameAt(ref int position, int end, ref OrNameParts parts)
    {
        var p = position;
        if (!TryEnterAt(ref p, end, 0xA5, out var nameEnd)
            || !TryStringAt(ref p, nameEnd, 0x80, CharacterSet.Printable, 1, 40, out parts.Surname)
            || (Next(p, nameEnd, 0x81) && !TryStringAt(ref p, nameEnd, 0x81, CharacterSet.Printable, 1, 16, out parts.GivenName))
            || (Next(p, nameEnd, 0x82) && !TryStringAt(ref p, nameEnd, 0x82, CharacterSet.Printable, 1, 5, out parts.Initials))
            || (Next(p, nameEnd, 0x83) && !TryStringAt(ref p, nameEnd, 0x83, CharacterSet.Printable, 1, 3, out parts.GenerationQualifier))
            || p != nameEnd)
        {
            return false;
        }

        position = p;
        return true;
    }

    /// <summary><c>organizational-unit-names [6] SEQUENCE SIZE (1..4) OF PrintableString (1..32)</c>.</summary>
    /// <remarks>
    /// Not <c>P1Decoder.ReadSequenceOf</c>, on purpose (issue 10 asked for one SEQUENCE OF mechanism, and this looks
    /// like a second). That reader is the checked path: it moves the reader, pushes a path segment per list and an index
    /// per member, and records a fault where one is found. This is a pure check inside the one-pass common form of an
    /// O/R name: it reads at a position the caller holds and returns false having changed nothing, so that the name can
    /// be left whole to the checked path. Going through ReadSequenceOf would mean committing the name's position before
    /// its units and giving up that one pass for every name with a unit. The bound (ub-organizational-units) and the
    /// member's constraints are the checked path's (<c>P1Decoder.OrganizationalUnits</c>); the differential tests hold
    /// the two to the same verdicts. The message's trace and recipient lists (<see cref="TryTraceAt"/>,
    /// <see cref="RecipientsEnd"/>) are the same kind of loop for the same reason. Inlined, as the personal name is: the
    /// name's position then stays in a register (see <see cref="RecipientsEnd"/> for what a call taking it by reference costs).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryUnitsAt(ref int position, int end, ref OrNameParts parts)
    {
        var p = position;
        if (!TryEnterAt(ref p, end, 0xA6, out var unitsEnd) || p == unitsEnd)
        {
            return false;
        }

        var count = 0;
        while (p < unitsEnd)
        {
            if (count == 4 || !TryStringAt(ref p, unitsEnd, Tags.PrintableString, CharacterSet.Printable, 1, 32, out parts.Units[count]))
            {
                return false;
            }

            count++;
        }

        parts.UnitCount = count;
        position = p;
        return true;
    }
}
