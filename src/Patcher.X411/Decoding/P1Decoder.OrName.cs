using System.Runtime.CompilerServices;
using Patcher.X411.Ber;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Decoding;

public static partial class P1Decoder
{
    /// <summary>
    /// <c>ORName ::= [APPLICATION 0] SEQUENCE { built-in-standard-attributes, built-in-domain-defined-attributes OPTIONAL,
    /// extension-attributes OPTIONAL, directory-name [0] Name OPTIONAL }</c>; <paramref name="identifier"/> is 60, or
    /// the context tag that replaces it (A0, A4) where a report tags the name implicitly.
    /// </summary>
    private static bool ReadOrName(ref P1Reader r, in Frame parent, byte identifier, Element element, out OrName? value)
    {
        if (r.TryReadOrName(parent, identifier, out var parts))
        {
            value = r.Materialize ? ToOrName(ref r, parts) : null;
            return true;
        }

        value = null;
        if (!r.Enter(parent, identifier, element, out var frame)
            || !ReadStandardAttributes(ref r, frame, out var name))
        {
            return false;
        }

        var last = 0;
        DomainDefinedAttribute[]? attributes = null;
        var other = false;
        while (r.HasMore(frame))
        {
            var position = r.Position;
            var (rank, component) = r.PeekIdentifier() switch
            {
                Tags.Sequence => (1, Element.BuiltInDomainDefinedAttributes),
                Tags.Set => (2, Element.ExtensionAttributes),
                0xA0 => (3, Element.DirectoryName),
                _ => (0, Element.Segment),
            };
            if (rank <= last)
            {
                return rank == 0 ? r.Unexpected("ORName") : OutOfOrder(ref r, component, position);
            }

            last = rank;
            if (rank == 1)
            {
                if (!ReadDomainDefinedAttributes(ref r, frame, out attributes))
                {
                    return false;
                }
            }
            else if (!r.Skip(frame, component, out _))
            {
                // Extension attributes and the X.500 directory name: framing checked, content not used by the MTA.
                return false;
            }
            else
            {
                other = true;
            }
        }

        if (!r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize
            ? new OrName(name.Country, name.AdministrationDomain, name.PrivateDomain, name.Organization, name.PersonalName,
                Owned(name.OrganizationalUnits), Owned(attributes), name.HasOtherParts || other)
            : null;
        return true;
    }

    /// <summary>The O/R name that <see cref="P1Reader.TryReadOrName"/> read in its common form.</summary>
    private static OrName ToOrName(ref P1Reader r, in OrNameParts parts)
    {
        string? surname = null;
        PersonalName? person = null;
        if (parts.Surname != 0)
        {
            // Most personal names are a surname alone: kept as that string, no PersonalName record (OrName). Surnames
            // seldom repeat from one APDU to the next: not shared.
            surname = r.GetUnsharedString(r.StringAt(parts.Surname));
            if ((parts.GivenName | parts.Initials | parts.GenerationQualifier) != 0)
            {
                person = new PersonalName(surname, Text(ref r, parts.GivenName), Text(ref r, parts.Initials), Text(ref r, parts.GenerationQualifier));
            }
        }

        string[]? units = null;
        if (parts.UnitCount > 0)
        {
            units = new string[parts.UnitCount];
            for (var i = 0; i < units.Length; i++)
            {
                units[i] = r.GetString(r.StringAt(parts.Units[i]));
            }
        }

        // Its country, ADMD and PRMD are those of a global domain identifier read from the same octets (GetDomain).
        var domain = r.GetDomain(new DomainParts
        {
            Country = parts.Country,
            AdministrationDomain = parts.AdministrationDomain,
            PrivateDomain = parts.PrivateDomain,
        });
        return new OrName(domain.Country, domain.AdministrationDomain, domain.PrivateDomain, Text(ref r, parts.Organization), surname,
            person, units);

        static string? Text(ref P1Reader r, int header) => header == 0 ? null : r.GetString(r.StringAt(header));
    }

    /// <summary><c>BuiltInStandardAttributes ::= SEQUENCE { country-name, administration-domain-name, [0]..[6] all OPTIONAL }</c>.</summary>
    private static bool ReadStandardAttributes(ref P1Reader r, in Frame parent, out StandardAttributes value)
    {
        value = default;
        if (!r.Enter(parent, Tags.Sequence, Element.BuiltInStandardAttributes, out var frame))
        {
            return false;
        }

        string? country = null, admd = null, prmd = null, organization = null;
        PersonalName? person = null;
        string[]? units = null;
        var other = false;
        var last = -1;
        while (r.HasMore(frame))
        {
            var position = r.Position;
            var identifier = r.PeekIdentifier();
            var rank = identifier switch
            {
                Tags.CountryName => 0,
                Tags.AdministrationDomainName => 1,
                _ when (identifier & 0xC0) == 0x80 && (identifier & 0x1F) <= 6 => 2 + (identifier & 0x1F),
                _ => -1,
            };
            if (rank < 0)
            {
                return r.Unexpected("BuiltInStandardAttributes");
            }

            if (rank <= last)
            {
                return OutOfOrder(ref r, Element.BuiltInStandardAttributes, position);
            }

            last = rank;
            var ok = rank switch
            {
                0 => ReadCountryName(ref r, frame, out country),
                1 => ReadAdministrationDomainName(ref r, frame, out admd),
                2 => r.ReadString(frame, Tags.Context(0), Element.NetworkAddress, CharacterSet.Numeric, 1, 16, out _),
                3 => r.ReadString(frame, Tags.Context(1), Element.TerminalIdentifier, CharacterSet.Printable, 1, 24, out _),
                4 => ReadPrivateDomainName(ref r, frame, out prmd),
                5 => ReadText(ref r, frame, Tags.Context(3), Element.OrganizationName, CharacterSet.Printable, 64, out organization),
                6 => r.ReadString(frame, Tags.Context(4), Element.NumericUserIdentifier, CharacterSet.Numeric, 1, 32, out _),
                7 => ReadPersonalName(ref r, frame, out person),
                _ => ReadOrganizationalUnits(ref r, frame, out units),
            };
            if (!ok)
            {
                return false;
            }

            other |= rank is 2 or 3 or 6;
        }

        if (!r.Exit(frame))
        {
            return false;
        }

        value = new StandardAttributes(country, admd, prmd, organization, person, units, other);
        return true;
    }

    /// <summary><c>private-domain-name [2] CHOICE { numeric, printable } (1..16)</c>: explicit, as it tags a CHOICE.</summary>
    private static bool ReadPrivateDomainName(ref P1Reader r, in Frame parent, out string? value)
    {
        if (r.TryReadDomainName(parent, Tags.ContextConstructed(2), 1, DomainNameLength, 1, DomainNameLength, out var text))
        {
            value = r.Materialize ? r.GetString(text) : null;
            return true;
        }

        value = null;
        if (!r.Enter(parent, Tags.ContextConstructed(2), Element.PrivateDomainName, out var frame))
        {
            return false;
        }

        if (!r.HasMore(frame))
        {
            return r.Missing(frame, Element.PrivateDomainName);
        }

        return ReadDomainChoice(ref r, frame, null, 1, DomainNameLength, out value) && r.Exit(frame);
    }

    /// <summary><c>PersonalName ::= SET { surname [0], given-name [1] OPTIONAL, initials [2] OPTIONAL, generation-qualifier [3] OPTIONAL }</c>.</summary>
    private static bool ReadPersonalName(ref P1Reader r, in Frame parent, out PersonalName? value)
    {
        value = null;
        if (!r.Enter(parent, Tags.ContextConstructed(5), Element.PersonalName, out var frame))
        {
            return false;
        }

        string? surname = null, given = null, initials = null, generation = null;
        ulong seen = 0;
        while (r.HasMore(frame))
        {
            var identifier = r.PeekIdentifier();
            var number = identifier & 0x1F;
            if ((identifier & 0xC0) != 0x80 || number > 3)
            {
                return r.Unexpected("PersonalName");
            }

            var (element, max) = number switch
            {
                0 => (Element.Surname, 40),
                1 => (Element.GivenName, 16),
                2 => (Element.Initials, 5),
                _ => (Element.GenerationQualifier, 3),
            };
            if (!r.MarkSeen(ref seen, number, element)
                || !ReadText(ref r, frame, Tags.Context(number), element, CharacterSet.Printable, max, out var text))
            {
                return false;
            }

            _ = number switch
            {
                0 => surname = text,
                1 => given = text,
                2 => initials = text,
                _ => generation = text,
            };
        }

        if ((seen & 1) == 0)
        {
            return r.Missing(frame, Element.Surname);
        }

        if (!r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize ? new PersonalName(surname!, given, initials, generation) : null;
        return true;
    }

    /// <summary><c>organizational-unit-names [6] SEQUENCE SIZE (1..4) OF PrintableString(1..32)</c>.</summary>
    private static bool ReadOrganizationalUnits(ref P1Reader r, in Frame parent, out string[]? value)
    {
        var list = default(OrganizationalUnits);
        var read = ReadSequenceOf(ref r, parent, Tags.ContextConstructed(6), Element.OrganizationalUnitNames, ref list);
        value = read && r.Materialize ? list.ToValue() : null;
        return read;
    }

    /// <summary><c>BuiltInDomainDefinedAttributes ::= SEQUENCE SIZE (1..4) OF SEQUENCE { type PrintableString(1..8), value PrintableString(1..128) }</c>.</summary>
    private static bool ReadDomainDefinedAttributes(ref P1Reader r, in Frame parent, out DomainDefinedAttribute[]? value)
    {
        var list = default(DomainDefinedAttributes);
        var read = ReadSequenceOf(ref r, parent, Tags.Sequence, Element.BuiltInDomainDefinedAttributes, ref list);
        value = read && r.Materialize ? list.ToValue() : null;
        return read;
    }

    /// <summary>A string of 1..<paramref name="max"/> characters, materialized when decoding.</summary>
    private static bool ReadText(ref P1Reader r, in Frame parent, byte identifier, Element element, CharacterSet set, int max, out string? value)
    {
        value = null;
        if (!r.ReadString(parent, identifier, element, set, 1, max, out var text))
        {
            return false;
        }

        value = r.Materialize ? r.GetString(text) : null;
        return true;
    }

    private static bool OutOfOrder(ref P1Reader r, Element element, int position)
    {
        r.Push(element, position);
        return r.Fail(P1Fault.UnexpectedTag, position,
            $"{Tags.Describe(r.Data[position])} is out of order or repeated in a SEQUENCE");
    }

    /// <summary>The built-in standard attributes, gathered before the rest of the ORName so that it is built once.</summary>
    private readonly record struct StandardAttributes(
        string? Country,
        string? AdministrationDomain,
        string? PrivateDomain,
        string? Organization,
        PersonalName? PersonalName,
        string[]? OrganizationalUnits,
        bool HasOtherParts);

    /// <summary><c>organizational-unit-names</c>: 1..4 (ub-organizational-units) PrintableString(1..32), kept on the stack.</summary>
    private struct OrganizationalUnits : ISequenceOf
    {
        private ListOfFour<string> _units;
        private int _count;

        public static int UpperBound => 4;

        public static Element? RequiredElement => Element.OrganizationalUnitNames;

        public static bool TooMany(ref P1Reader r) =>
            r.Fail(P1Fault.SizeConstraint, r.Position, "more than 4 organizational units (ub-organizational-units)");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadMember(ref P1Reader r, in Frame list, int index)
        {
            if (!ReadText(ref r, list, Tags.PrintableString, Element.OrganizationalUnitNames, CharacterSet.Printable, 32, out var unit))
            {
                return false;
            }

            _units[index - 1] = unit!;
            _count = index;
            return true;
        }

        public readonly string[] ToValue() => _units.ToArray(_count);
    }

    /// <summary><c>BuiltInDomainDefinedAttributes</c>: 1..4 (ub-domain-defined-attributes) type/value pairs, kept on the stack.</summary>
    private struct DomainDefinedAttributes : ISequenceOf
    {
        private ListOfFour<DomainDefinedAttribute> _attributes;
        private int _count;

        public static int UpperBound => 4;

        public static Element? RequiredElement => Element.BuiltInDomainDefinedAttributes;

        public static bool TooMany(ref P1Reader r) =>
            r.Fail(P1Fault.SizeConstraint, r.Position, "more than 4 domain-defined attributes (ub-domain-defined-attributes)");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadMember(ref P1Reader r, in Frame list, int index)
        {
            if (!r.EnterItem(list, Tags.Sequence, out var pair)
                || !ReadText(ref r, pair, Tags.PrintableString, Element.Type, CharacterSet.Printable, 8, out var type)
                || !ReadText(ref r, pair, Tags.PrintableString, Element.Value, CharacterSet.Printable, 128, out var text)
                || !r.ExitItem(pair))
            {
                return false;
            }

            if (r.Materialize)
            {
                _attributes[index - 1] = new DomainDefinedAttribute(type!, text!);
            }

            _count = index;

            return true;
        }

        public readonly DomainDefinedAttribute[] ToValue() => _attributes.ToArray(_count);
    }
}
