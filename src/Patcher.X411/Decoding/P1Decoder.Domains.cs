using Patcher.X411.Ber;
using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

public static partial class P1Decoder
{
    private const int DomainNameLength = 16; // ub-domain-name-length

    /// <summary>
    /// <c>GlobalDomainIdentifier ::= [APPLICATION 3] SEQUENCE { country-name, administration-domain-name,
    /// private-domain-identifier OPTIONAL }</c>.
    /// </summary>
    private static bool ReadGlobalDomainIdentifier(ref P1Reader r, in Frame parent, Element element, out GlobalDomainIdentifier? value)
    {
        if (r.TryReadGlobalDomainIdentifier(parent, out var parts))
        {
            value = r.Materialize ? ToDomain(ref r, parts) : null;
            return true;
        }

        value = null;
        if (!r.Enter(parent, Tags.GlobalDomainIdentifier, element, out var frame)
            || !ReadCountryName(ref r, frame, out var country)
            || !ReadAdministrationDomainName(ref r, frame, out var admd))
        {
            return false;
        }

        string? prmd = null;
        if (r.HasMore(frame) && !ReadDomainChoice(ref r, frame, Element.PrivateDomainIdentifier, 1, DomainNameLength, out prmd))
        {
            return false;
        }

        if (!r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize ? r.GetDomain(country!, admd!, prmd) : null;
        return true;
    }

    /// <summary>The global domain identifier that a common form read.</summary>
    private static GlobalDomainIdentifier ToDomain(ref P1Reader r, in DomainParts parts) => r.GetDomain(parts);

    /// <summary><c>CountryName ::= [APPLICATION 1] CHOICE { x121-dcc-code NumericString(3), iso-3166-alpha2-code PrintableString(2) }</c>.</summary>
    private static bool ReadCountryName(ref P1Reader r, in Frame parent, out string? value)
    {
        if (r.TryReadDomainName(parent, Tags.CountryName, 3, 3, 2, 2, out var text))
        {
            value = r.Materialize ? r.GetString(text) : null;
            return true;
        }

        value = null;
        if (!r.Enter(parent, Tags.CountryName, Element.CountryName, out var frame))
        {
            return false;
        }

        if (!r.HasMore(frame))
        {
            return r.Missing(frame, Element.CountryName);
        }

        var numeric = (r.PeekIdentifier() & ~0x20) == Tags.NumericString;
        var length = numeric ? 3 : 2;
        return ReadDomainChoice(ref r, frame, numeric ? Element.X121DccCode : Element.Iso3166Alpha2Code, length, length, out value) && r.Exit(frame);
    }

    /// <summary><c>AdministrationDomainName ::= [APPLICATION 2] CHOICE { numeric, printable } (SIZE 0..16)</c>.</summary>
    private static bool ReadAdministrationDomainName(ref P1Reader r, in Frame parent, out string? value)
    {
        if (r.TryReadDomainName(parent, Tags.AdministrationDomainName, 0, DomainNameLength, 0, DomainNameLength, out var text))
        {
            value = r.Materialize ? r.GetString(text) : null;
            return true;
        }

        value = null;
        if (!r.Enter(parent, Tags.AdministrationDomainName, Element.AdministrationDomainName, out var frame))
        {
            return false;
        }

        if (!r.HasMore(frame))
        {
            return r.Missing(frame, Element.AdministrationDomainName);
        }

        return ReadDomainChoice(ref r, frame, null, 0, DomainNameLength, out value) && r.Exit(frame);
    }

    /// <summary>
    /// A <c>CHOICE { numeric NumericString, printable PrintableString }</c> with a size constraint. The path names it
    /// <paramref name="component"/>, or by the alternative (<c>numeric</c>, <c>printable</c>) when null: inside an explicit
    /// wrapper that already names the component.
    /// </summary>
    private static bool ReadDomainChoice(ref P1Reader r, in Frame parent, Element? component, int min, int max, out string? value)
    {
        value = null;
        var identifier = (byte)(r.PeekIdentifier() & ~0x20);
        var element = component ?? (identifier == Tags.NumericString ? Element.Numeric : Element.Printable);
        var set = identifier switch
        {
            Tags.NumericString => CharacterSet.Numeric,
            Tags.PrintableString => CharacterSet.Printable,
            _ => (CharacterSet?)null,
        };
        if (set is null)
        {
            r.Push(element, r.Position);
            return r.Fail(Rejection.P1Fault.UnexpectedTag, r.Position,
                $"expected NumericString (12) or PrintableString (13), found {Tags.Describe(r.PeekIdentifier())}");
        }

        if (!r.ReadString(parent, identifier, element, set.Value, min, max, out var text))
        {
            return false;
        }

        value = r.Materialize ? r.GetString(text) : null;
        return true;
    }

    /// <summary><c>MTSIdentifier ::= [APPLICATION 4] SEQUENCE { global-domain-identifier, local-identifier IA5String(1..32) }</c>.</summary>
    private static bool ReadMtsIdentifier(ref P1Reader r, in Frame parent, Element element, out MtsIdentifier value)
    {
        if (r.TryReadMtsIdentifier(parent, Tags.MtsIdentifier, out var parts, out var localHeader))
        {
            value = r.Materialize ? new MtsIdentifier(ToDomain(ref r, parts), r.GetUnsharedString(r.StringAt(localHeader))) : default;
            return true;
        }

        value = default;
        if (!r.Enter(parent, Tags.MtsIdentifier, element, out var frame)
            || !ReadGlobalDomainIdentifier(ref r, frame, Element.GlobalDomainIdentifier, out var domain)
            || !r.ReadString(frame, Tags.Ia5String, Element.LocalIdentifier, CharacterSet.Ia5, 1, 32, out var local)
            || !r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize ? new MtsIdentifier(domain!, r.GetUnsharedString(local)) : default;
        return true;
    }

    /// <summary><c>EncodedInformationTypes ::= [APPLICATION 5] SET { built-in [0] BIT STRING, non-basic parameters, extended [4] OPTIONAL }</c>.</summary>
    private static bool ReadEncodedInformationTypes(ref P1Reader r, in Frame parent, Element element, out EncodedInformationTypes? value)
    {
        value = null;
        if (!r.Enter(parent, Tags.EncodedInformationTypes, element, out var frame))
        {
            return false;
        }

        var builtIn = -1;
        ulong seen = 0;
        while (r.HasMore(frame))
        {
            var identifier = r.PeekIdentifier();
            var number = identifier & 0x1F;
            if ((identifier & 0xC0) != 0x80 || number is not (0 or 1 or 2 or 4) || !r.MarkSeen(ref seen, number, Element.BuiltInEncodedInformationTypes))
            {
                return r.Unexpected("EncodedInformationTypes");
            }

            if (number == 0)
            {
                if (!r.ReadBits(frame, Tags.Context(0), Element.BuiltInEncodedInformationTypes, 32, out builtIn))
                {
                    return false;
                }
            }
            else if (!r.Skip(frame, Element.BuiltInEncodedInformationTypes, out _))
            {
                // g3-facsimile [1], teletex [2] and extended types [4]: checked for framing, not kept.
                return false;
            }
        }

        if (r.Stopped)
        {
            return false;
        }

        if ((seen & 1) == 0)
        {
            return r.Missing(frame, Element.BuiltInEncodedInformationTypes);
        }

        if (!r.Exit(frame))
        {
            return false;
        }

        value = r.Materialize ? new EncodedInformationTypes((BuiltInEncodedInformationTypes)builtIn) : null;
        return true;
    }

    /// <summary><c>ContentType ::= CHOICE { built-in [APPLICATION 6] INTEGER (0..32767), extended OBJECT IDENTIFIER }</c>.</summary>
    private static bool ReadContentType(ref P1Reader r, in Frame parent, out ContentType? value)
    {
        value = null;
        if (r.PeekIdentifier() == Tags.ObjectIdentifier)
        {
            if (!r.ReadObjectIdentifier(parent, Tags.ObjectIdentifier, Element.ContentType, out var oid))
            {
                return false;
            }

            value = r.Materialize ? new ContentType(null, r.GetObjectIdentifier(oid)) : null;
            return true;
        }

        if (!r.ReadInteger(parent, Tags.BuiltInContentType, Element.ContentType, 0, 32767, out var builtIn))
        {
            return false;
        }

        // The two interpersonal-messaging types are nearly all traffic: records are values, so one instance of each serves all.
        value = r.Materialize ? BuiltInContentType(builtIn) : null;
        return true;
    }

    /// <summary>A built-in content type: the two interpersonal-messaging types shared, any other made.</summary>
    private static ContentType BuiltInContentType(long builtIn) => builtIn switch
    {
        2 => ContentType.Ipm84,
        22 => ContentType.Ipm88,
        _ => new ContentType((int)builtIn),
    };
}
