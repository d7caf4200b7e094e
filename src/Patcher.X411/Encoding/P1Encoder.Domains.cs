using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Encoding;

public static partial class P1Encoder
{
    private static void WriteGlobalDomainIdentifier(AsnWriter writer, GlobalDomainIdentifier domain)
    {
        using (writer.PushSequence(Application(3, constructed: true)))
        {
            WriteCountryName(writer, domain.Country);
            WriteAdministrationDomainName(writer, domain.AdministrationDomain);
            if (domain.PrivateDomain is not null)
            {
                WriteDomainChoice(writer, domain.PrivateDomain);
            }
        }
    }

    private static void WriteCountryName(AsnWriter writer, string country)
    {
        using (writer.PushSequence(Application(1, constructed: true)))
        {
            // x121-dcc-code is NumericString(SIZE 3), iso-3166-alpha2-code PrintableString(SIZE 2): the length decides.
            writer.WriteCharacterString(country.Length == 3 ? UniversalTagNumber.NumericString : UniversalTagNumber.PrintableString, country);
        }
    }

    private static void WriteAdministrationDomainName(AsnWriter writer, string admd)
    {
        using (writer.PushSequence(Application(2, constructed: true)))
        {
            WriteDomainChoice(writer, admd);
        }
    }

    /// <summary>CHOICE { numeric NumericString, printable PrintableString }: digits travel as NumericString.</summary>
    private static void WriteDomainChoice(AsnWriter writer, string value)
    {
        var numeric = value.Length > 0 && value.All(char.IsAsciiDigit);
        writer.WriteCharacterString(numeric ? UniversalTagNumber.NumericString : UniversalTagNumber.PrintableString, value);
    }

    private static void WriteMtsIdentifier(AsnWriter writer, MtsIdentifier identifier)
    {
        using (writer.PushSequence(Application(4, constructed: true)))
        {
            WriteGlobalDomainIdentifier(writer, identifier.Domain);
            writer.WriteCharacterString(UniversalTagNumber.IA5String, identifier.LocalIdentifier);
        }
    }

    private static void WriteEncodedInformationTypes(AsnWriter writer, EncodedInformationTypes? types)
    {
        if (types is null)
        {
            return;
        }

        using (writer.PushSetOf(Application(5, constructed: true)))
        {
            writer.WriteNamedBitList(types.BuiltIn, ContextPrimitive(0));
        }
    }

    private static void WriteOrName(AsnWriter writer, OrName name, Asn1Tag tag)
    {
        using (writer.PushSequence(tag))
        {
            using (writer.PushSequence())
            {
                if (name.Country is not null)
                {
                    WriteCountryName(writer, name.Country);
                }

                if (name.AdministrationDomain is not null)
                {
                    WriteAdministrationDomainName(writer, name.AdministrationDomain);
                }

                if (name.PrivateDomain is not null)
                {
                    using (writer.PushSequence(Context(2)))
                    {
                        WriteDomainChoice(writer, name.PrivateDomain);
                    }
                }

                if (name.Organization is not null)
                {
                    writer.WriteCharacterString(UniversalTagNumber.PrintableString, name.Organization, ContextPrimitive(3));
                }

                if (name.PersonalName is { } person)
                {
                    WritePersonalName(writer, person);
                }

                if (!name.OrganizationalUnits.IsEmpty)
                {
                    using (writer.PushSequence(Context(6)))
                    {
                        foreach (var unit in name.OrganizationalUnits)
                        {
                            writer.WriteCharacterString(UniversalTagNumber.PrintableString, unit);
                        }
                    }
                }
            }

            if (!name.DomainDefinedAttributes.IsEmpty)
            {
                using (writer.PushSequence())
                {
                    foreach (var attribute in name.DomainDefinedAttributes)
                    {
                        using (writer.PushSequence())
                        {
                            writer.WriteCharacterString(UniversalTagNumber.PrintableString, attribute.Type);
                            writer.WriteCharacterString(UniversalTagNumber.PrintableString, attribute.Value);
                        }
                    }
                }
            }
        }
    }

    private static void WritePersonalName(AsnWriter writer, PersonalName person)
    {
        using (writer.PushSetOf(Context(5)))
        {
            writer.WriteCharacterString(UniversalTagNumber.PrintableString, person.Surname, ContextPrimitive(0));
            WriteOptionalText(writer, person.GivenName, 1);
            WriteOptionalText(writer, person.Initials, 2);
            WriteOptionalText(writer, person.GenerationQualifier, 3);
        }
    }

    private static void WriteOptionalText(AsnWriter writer, string? text, int tag)
    {
        if (text is not null)
        {
            writer.WriteCharacterString(UniversalTagNumber.PrintableString, text, ContextPrimitive(tag));
        }
    }
}
