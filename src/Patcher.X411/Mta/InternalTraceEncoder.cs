using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Mta;

/// <summary>
/// The BER of the internal trace this MTA adds when it relays, written exactly as <see cref="Encoding.P1Encoder"/>
/// writes trace: an <c>InternalTraceInformationElement</c>, and the wrappers needed when the APDU has no extension 38 yet.
/// </summary>
internal static class InternalTraceEncoder
{
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0);
    private static readonly Asn1Tag Context2 = new(TagClass.ContextSpecific, 2);
    private static readonly Asn1Tag Context2Constructed = new(TagClass.ContextSpecific, 2, isConstructed: true);

    /// <summary>
    /// <c>InternalTraceInformationElement ::= SEQUENCE { global-domain-identifier, mta-name MTAName,
    /// mta-supplied-information SET { arrival-time [0] UTCTime, routing-action [2] ENUMERATED relayed(0) } }</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The domain holds characters its string types do not allow.</exception>
    public static byte[] Element(MtaIdentity identity, DateTimeOffset arrival)
    {
        var writer = new AsnWriter(AsnEncodingRules.BER);
        using (writer.PushSequence())
        {
            WriteGlobalDomainIdentifier(writer, identity.Domain);
            writer.WriteCharacterString(UniversalTagNumber.IA5String, identity.MtaName);
            using (writer.PushSetOf())
            {
                writer.WriteUtcTime(arrival, Context0);
                writer.WriteInteger((long)RoutingAction.Relayed, Context2);
            }
        }

        return writer.Encode();
    }

    /// <summary><c>ExtensionField { type standard-extension [0] 38, value [2] InternalTraceInformation }</c> holding <paramref name="elements"/>.</summary>
    public static byte[] ExtensionField(ReadOnlySpan<byte> elements)
    {
        var writer = new AsnWriter(AsnEncodingRules.BER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(Model.ExtensionField.InternalTraceInformation, Context0);
            using (writer.PushSequence(Context2Constructed))
            {
                using (writer.PushSequence())
                {
                    writer.WriteEncodedValue(elements);
                }
            }
        }

        return writer.Encode();
    }

    /// <summary>An <c>extensions [n] SET OF ExtensionField</c> holding <paramref name="fields"/>, tagged <paramref name="identifier"/>.</summary>
    public static byte[] Extensions(byte identifier, ReadOnlySpan<byte> fields)
    {
        var writer = new AsnWriter(AsnEncodingRules.BER);
        using (writer.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, identifier & 0x1F, isConstructed: true)))
        {
            writer.WriteEncodedValue(fields);
        }

        return writer.Encode();
    }

    private static void WriteGlobalDomainIdentifier(AsnWriter writer, GlobalDomainIdentifier domain)
    {
        // X.411 GlobalDomainIdentifier ::= [APPLICATION 3] SEQUENCE { country-name [APPLICATION 1], administration-domain-name
        // [APPLICATION 2], private-domain-identifier OPTIONAL }; each a CHOICE { numeric, printable }.
        using (writer.PushSequence(new Asn1Tag(TagClass.Application, 3, isConstructed: true)))
        {
            using (writer.PushSequence(new Asn1Tag(TagClass.Application, 1, isConstructed: true)))
            {
                WriteDomainChoice(writer, domain.Country);
            }

            using (writer.PushSequence(new Asn1Tag(TagClass.Application, 2, isConstructed: true)))
            {
                WriteDomainChoice(writer, domain.AdministrationDomain);
            }

            if (domain.PrivateDomain is not null)
            {
                WriteDomainChoice(writer, domain.PrivateDomain);
            }
        }
    }

    private static void WriteDomainChoice(AsnWriter writer, string value)
    {
        var numeric = value.Length > 0 && value.All(char.IsAsciiDigit);
        writer.WriteCharacterString(numeric ? UniversalTagNumber.NumericString : UniversalTagNumber.PrintableString, value);
    }
}
