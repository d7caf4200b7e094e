using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

internal sealed partial class AsnReaderP1Decoder
{
    private const int DomainNameLength = 16; // ub-domain-name-length

    /// <summary><c>MTSIdentifier ::= [APPLICATION 4] SEQUENCE { global-domain-identifier, local-identifier IA5String(1..32) }</c>.</summary>
    private MtsIdentifier? ReadMtsIdentifier(AsnReader reader)
    {
        var sequence = reader.ReadSequence(Application(4));
        var domain = ReadGlobalDomainIdentifier(sequence);
        var local = ReadText(sequence, UniversalTagNumber.IA5String, null, 1, 32);
        sequence.ThrowIfNotEmpty();
        return _materialize ? new MtsIdentifier(domain!, local!) : null;
    }

    /// <summary><c>GlobalDomainIdentifier ::= [APPLICATION 3] SEQUENCE { country-name, administration-domain-name, private-domain-identifier OPTIONAL }</c>.</summary>
    private GlobalDomainIdentifier? ReadGlobalDomainIdentifier(AsnReader reader, Asn1Tag? tag = null)
    {
        var sequence = reader.ReadSequence(tag ?? Application(3));
        var country = ReadCountryName(sequence);
        var admd = ReadAdministrationDomainName(sequence);
        var prmd = sequence.HasData ? ReadDomainChoice(sequence, 1, DomainNameLength) : null;
        sequence.ThrowIfNotEmpty();
        return _materialize ? new GlobalDomainIdentifier(country!, admd!, prmd) : null;
    }

    /// <summary><c>CountryName ::= [APPLICATION 1] CHOICE { NumericString(3), PrintableString(2) }</c>.</summary>
    private string? ReadCountryName(AsnReader reader)
    {
        var choice = reader.ReadSequence(Application(1));
        var length = choice.PeekTag().TagValue == (int)UniversalTagNumber.NumericString ? 3 : 2;
        var value = ReadDomainChoice(choice, length, length);
        choice.ThrowIfNotEmpty();
        return value;
    }

    /// <summary><c>AdministrationDomainName ::= [APPLICATION 2] CHOICE { numeric, printable } (SIZE 0..16)</c>.</summary>
    private string? ReadAdministrationDomainName(AsnReader reader)
    {
        var choice = reader.ReadSequence(Application(2));
        var value = ReadDomainChoice(choice, 0, DomainNameLength);
        choice.ThrowIfNotEmpty();
        return value;
    }

    /// <summary><c>CHOICE { numeric NumericString, printable PrintableString }</c> with a size constraint.</summary>
    private string? ReadDomainChoice(AsnReader reader, int min, int max)
    {
        var tag = reader.PeekTag();
        var type = (tag.TagClass, tag.TagValue) switch
        {
            (TagClass.Universal, (int)UniversalTagNumber.NumericString) => UniversalTagNumber.NumericString,
            (TagClass.Universal, (int)UniversalTagNumber.PrintableString) => UniversalTagNumber.PrintableString,
            _ => throw new AsnContentException($"Expected NumericString or PrintableString, found {tag}."),
        };
        return ReadText(reader, type, null, min, max);
    }

    /// <summary>
    /// <c>ORName ::= [APPLICATION 0] SEQUENCE { built-in-standard-attributes, built-in-domain-defined-attributes OPTIONAL,
    /// extension-attributes OPTIONAL, directory-name [0] OPTIONAL }</c>; the last two are checked for framing and skipped.
    /// </summary>
    private OrName? ReadOrName(AsnReader reader, Asn1Tag tag)
    {
        var sequence = reader.ReadSequence(tag);
        var name = ReadStandardAttributes(sequence.ReadSequence());
        DomainDefinedAttribute[]? attributes = null;
        var other = false;
        if (sequence.HasData && sequence.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            attributes = ReadDomainDefinedAttributes(sequence.ReadSequence());
        }

        if (sequence.HasData && sequence.PeekTag().HasSameClassAndValue(Asn1Tag.SetOf))
        {
            sequence.ReadEncodedValue(); // extension-attributes: framing only
            other = true;
        }

        if (sequence.HasData && sequence.PeekTag().HasSameClassAndValue(Context(0)))
        {
            sequence.ReadEncodedValue(); // directory-name [0] EXPLICIT Name: framing only
            other = true;
        }

        sequence.ThrowIfNotEmpty();
        return _materialize
            ? name! with { DomainDefinedAttributes = attributes ?? [], HasOtherParts = name!.HasOtherParts || other }
            : null;
    }

    /// <summary><c>BuiltInStandardAttributes ::= SEQUENCE { country-name OPTIONAL, administration-domain-name OPTIONAL, [0]..[6] OPTIONAL }</c>.</summary>
    private OrName? ReadStandardAttributes(AsnReader sequence)
    {
        string? country = null, admd = null, prmd = null, organization = null;
        PersonalName? person = null;
        string[]? units = null;
        var other = false;
        var last = -1;
        while (sequence.HasData)
        {
            var tag = sequence.PeekTag();
            var rank = (tag.TagClass, tag.TagValue) switch
            {
                (TagClass.Application, 1) => 0,
                (TagClass.Application, 2) => 1,
                (TagClass.ContextSpecific, <= 6) => 2 + tag.TagValue,
                _ => throw new AsnContentException($"{tag} is not a component of BuiltInStandardAttributes."),
            };
            if (rank <= last)
            {
                throw new AsnContentException($"{tag} is out of order or repeated in BuiltInStandardAttributes.");
            }

            last = rank;
            switch (rank)
            {
                case 0:
                    country = ReadCountryName(sequence);
                    break;
                case 1:
                    admd = ReadAdministrationDomainName(sequence);
                    break;
                case 2:
                    ReadText(sequence, UniversalTagNumber.NumericString, Context(0), 1, 16, keep: false);
                    other = true;
                    break;
                case 3:
                    ReadText(sequence, UniversalTagNumber.PrintableString, Context(1), 1, 24, keep: false);
                    other = true;
                    break;
                case 4:
                    var choice = sequence.ReadSequence(Context(2));
                    prmd = ReadDomainChoice(choice, 1, DomainNameLength);
                    choice.ThrowIfNotEmpty();
                    break;
                case 5:
                    organization = ReadText(sequence, UniversalTagNumber.PrintableString, Context(3), 1, 64);
                    break;
                case 6:
                    ReadText(sequence, UniversalTagNumber.NumericString, Context(4), 1, 32, keep: false);
                    other = true;
                    break;
                case 7:
                    person = ReadPersonalName(sequence.ReadSetOf(Context(5)));
                    break;
                default:
                    units = ReadOrganizationalUnits(sequence.ReadSequence(Context(6)));
                    break;
            }
        }

        return _materialize ? new OrName(country, admd, prmd, organization, person, units ?? [], default, other) : null;
    }

    /// <summary><c>PersonalName ::= SET { surname [0], given-name [1] OPTIONAL, initials [2] OPTIONAL, generation-qualifier [3] OPTIONAL }</c>.</summary>
    private PersonalName? ReadPersonalName(AsnReader set)
    {
        string? surname = null, given = null, initials = null, generation = null;
        var seen = 0;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            if (tag.TagClass != TagClass.ContextSpecific || tag.TagValue > 3)
            {
                throw new AsnContentException($"{tag} is not a component of PersonalName.");
            }

            MarkSeen(ref seen, tag.TagValue, "a PersonalName component");
            var max = tag.TagValue switch { 0 => 40, 1 => 16, 2 => 5, _ => 3 };
            var text = ReadText(set, UniversalTagNumber.PrintableString, tag, 1, max);
            _ = tag.TagValue switch
            {
                0 => surname = text,
                1 => given = text,
                2 => initials = text,
                _ => generation = text,
            };
        }

        Require(seen, 0, "surname");
        return _materialize ? new PersonalName(surname!, given, initials, generation) : null;
    }

    /// <summary><c>organizational-unit-names [6] SEQUENCE SIZE (1..4) OF PrintableString(1..32)</c>.</summary>
    private string[]? ReadOrganizationalUnits(AsnReader sequence)
    {
        var units = _materialize ? new List<string>(4) : null;
        var count = 0;
        while (sequence.HasData)
        {
            if (++count > 4)
            {
                throw new AsnContentException("More than 4 organizational units.");
            }

            var unit = ReadText(sequence, UniversalTagNumber.PrintableString, null, 1, 32); // read even when not kept
            units?.Add(unit!);
        }

        return count == 0 ? throw new AsnContentException("organizational-unit-names is empty.") : units?.ToArray();
    }

    /// <summary><c>SEQUENCE SIZE (1..4) OF SEQUENCE { type PrintableString(1..8), value PrintableString(1..128) }</c>.</summary>
    private DomainDefinedAttribute[]? ReadDomainDefinedAttributes(AsnReader sequence)
    {
        var attributes = _materialize ? new List<DomainDefinedAttribute>(4) : null;
        var count = 0;
        while (sequence.HasData)
        {
            if (++count > 4)
            {
                throw new AsnContentException("More than 4 domain-defined attributes.");
            }

            var pair = sequence.ReadSequence();
            var type = ReadText(pair, UniversalTagNumber.PrintableString, null, 1, 8);
            var value = ReadText(pair, UniversalTagNumber.PrintableString, null, 1, 128);
            pair.ThrowIfNotEmpty();
            attributes?.Add(new DomainDefinedAttribute(type!, value!));
        }

        return count == 0 ? throw new AsnContentException("built-in-domain-defined-attributes is empty.") : attributes?.ToArray();
    }

    /// <summary><c>EncodedInformationTypes ::= [APPLICATION 5] SET { built-in [0] BIT STRING, [1], [2], [4] OPTIONAL }</c>.</summary>
    private EncodedInformationTypes? ReadEncodedInformationTypes(AsnReader reader)
    {
        var set = reader.ReadSetOf(Application(5));
        var builtIn = BuiltInEncodedInformationTypes.None;
        var seen = 0;
        while (set.HasData)
        {
            var tag = set.PeekTag();
            if (tag.TagClass != TagClass.ContextSpecific || tag.TagValue is not (0 or 1 or 2 or 4))
            {
                throw new AsnContentException($"{tag} is not a component of EncodedInformationTypes.");
            }

            MarkSeen(ref seen, tag.TagValue, "an EncodedInformationTypes component");
            if (tag.TagValue == 0)
            {
                builtIn = set.ReadNamedBitListValue<BuiltInEncodedInformationTypes>(Context(0));
            }
            else
            {
                set.ReadEncodedValue(); // non-basic parameters and extended types: framing only
            }
        }

        Require(seen, 0, "built-in-encoded-information-types");
        return _materialize ? new EncodedInformationTypes(builtIn) : null;
    }

    /// <summary>
    /// A character string of <paramref name="min"/>..<paramref name="max"/> characters: a string when decoding, a stack
    /// buffer when validating (AsnReader still checks every character).
    /// </summary>
    private string? ReadText(AsnReader reader, UniversalTagNumber type, Asn1Tag? tag, int min, int max, bool keep = true)
    {
        int length;
        string? value = null;
        if (_materialize && keep)
        {
            value = reader.ReadCharacterString(type, tag);
            length = value.Length;
        }
        else
        {
            Span<char> buffer = stackalloc char[max];
            if (!reader.TryReadCharacterString(buffer, type, out length, tag))
            {
                throw new AsnContentException($"A {type} is longer than {max} characters.");
            }
        }

        return length < min || length > max
            ? throw new AsnContentException($"A {type} has {length} characters; X.411 allows {min}..{max}.")
            : value;
    }
}
