using System.Runtime.CompilerServices;
using Patcher.X411.Ber;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>Nesting a global domain identifier's checked path reaches below its parent: the identifier, a domain name's wrapper, a string.</summary>
    private const int DomainLevels = 3;

    /// <summary>
    /// Reads, in its common form, an explicitly tagged <c>CHOICE { numeric NumericString, printable PrintableString }</c>:
    /// the country name (61), administration domain name (62) and private domain name (A2) of every global domain
    /// identifier and O/R name. Common form: both headers two octets, the string primitive and filling its wrapper, its
    /// size within [<paramref name="numericMin"/>, <paramref name="numericMax"/>] or [<paramref name="printableMin"/>,
    /// <paramref name="printableMax"/>] and every character in its repertoire. Anything else moves nothing and returns
    /// false: the caller then reads the element checked (Enter, the CHOICE, Exit), which accepts exactly this form too and
    /// says where and why anything else is wrong. One check of six octets replaces two frames and two path segments.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadDomainName(in Frame parent, byte wrapper, int numericMin, int numericMax, int printableMin, int printableMax, out StringSpan value)
    {
        var position = _position;
        if (_path.Depth <= ElementPath.MaxDepth - 2
            && TryDomainNameAt(ref position, parent.Bound, wrapper, numericMin, numericMax, printableMin, printableMax, out var header))
        {
            _position = position;
            value = StringAt(header);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads, in its common form, a <c>GlobalDomainIdentifier ::= [APPLICATION 3] SEQUENCE { country-name,
    /// administration-domain-name, private-domain-identifier CHOICE { numeric, printable } (1..16) OPTIONAL }</c>: every
    /// header two octets, the names in their common form. Anything else moves nothing and returns false.
    /// </summary>
    public bool TryReadGlobalDomainIdentifier(in Frame parent, out DomainParts parts)
    {
        var position = _position;
        if (CanReadCommonForm(DomainLevels) && TryGlobalDomainAt(ref position, parent.Bound, out parts))
        {
            _position = position;
            return true;
        }

        parts = default;
        return false;
    }

    /// <summary>The common form of a global domain identifier at <paramref name="position"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool TryGlobalDomainAt(ref int position, int end, out DomainParts parts)
    {
        parts = default;
        var p = position;
        if (!TryEnterAt(ref p, end, Tags.GlobalDomainIdentifier, out var domainEnd)
            || !TryDomainNameAt(ref p, domainEnd, Tags.CountryName, 3, 3, 2, 2, out parts.Country)
            || !TryDomainNameAt(ref p, domainEnd, Tags.AdministrationDomainName, 0, 16, 0, 16, out parts.AdministrationDomain))
        {
            return false;
        }

        if (p < domainEnd
            && !TryStringAt(ref p, domainEnd, Tags.PrintableString, CharacterSet.Printable, 1, 16, out parts.PrivateDomain)
            && !TryStringAt(ref p, domainEnd, Tags.NumericString, CharacterSet.Numeric, 1, 16, out parts.PrivateDomain))
        {
            return false;
        }

        if (p != domainEnd)
        {
            return false;
        }

        position = p;
        return true;
    }

    /// <summary>
    /// Reads, in its common form, an <c>MTSIdentifier ::= [APPLICATION 4] SEQUENCE { global-domain-identifier,
    /// local-identifier IA5String (1..32) }</c> tagged <paramref name="identifier"/>. Anything else moves nothing and returns false.
    /// </summary>
    public bool TryReadMtsIdentifier(in Frame parent, byte identifier, out DomainParts domain, out int local)
    {
        var p = _position;
        if (!CanReadCommonForm(DomainLevels + 1) || !TryMtsIdentifierAt(ref p, parent.Bound, identifier, out domain, out local))
        {
            domain = default;
            local = 0;
            return false;
        }

        _position = p;
        return true;
    }

    /// <summary>The common form of an MTS identifier at <paramref name="position"/> (see <see cref="TryReadMtsIdentifier"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryMtsIdentifierAt(ref int position, int bound, byte identifier, out DomainParts domain, out int local)
    {
        domain = default;
        local = 0;
        var p = position;
        if (!TryEnterAt(ref p, bound, identifier, out var end)
            || !TryGlobalDomainAt(ref p, end, out domain)
            || !TryStringAt(ref p, end, Tags.Ia5String, CharacterSet.Ia5, 1, 32, out local)
            || p != end)
        {
            return false;
        }

        position = p;
        return true;
    }
}
