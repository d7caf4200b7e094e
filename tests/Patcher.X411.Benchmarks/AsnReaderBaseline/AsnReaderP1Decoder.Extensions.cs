using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

internal sealed partial class AsnReaderP1Decoder
{
    private const int HighestStandardExtension = 46; // X.411 (1999)

    /// <summary><c>extensions [n] SET OF ExtensionField</c>: trace (37) and internal trace (38) decoded, the rest kept encoded.</summary>
    private ExtensionValues? ReadExtensions(AsnReader reader, Asn1Tag tag)
    {
        var set = reader.ReadSetOf(tag);
        var extensions = _materialize ? new ExtensionValues() : null;
        ulong standardSeen = 0;
        while (set.HasData)
        {
            ReadExtensionField(set.ReadSequence(), extensions, ref standardSeen);
        }

        return extensions;
    }

    /// <summary><c>ExtensionField ::= SEQUENCE { type, criticality [1] DEFAULT {}, value [2] DEFAULT NULL }</c>, 1999 or 1988 form.</summary>
    private void ReadExtensionField(AsnReader field, ExtensionValues? extensions, ref ulong standardSeen)
    {
        int? standard = null;
        string? privateOid = null;
        var form = ExtensionForm.Implicit1999;
        var tag = field.PeekTag();
        if (tag.HasSameClassAndValue(Context(0)) && tag.IsConstructed)
        {
            // 1988: type [0] EXPLICIT CHOICE { INTEGER, OBJECT IDENTIFIER }
            form = ExtensionForm.Explicit1988;
            var choice = field.ReadSequence(Context(0));
            if (choice.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
            {
                privateOid = choice.ReadObjectIdentifier();
            }
            else
            {
                standard = ReadInt32(choice, Asn1Tag.Integer, 0, 32767);
            }

            choice.ThrowIfNotEmpty();
        }
        else if (tag.HasSameClassAndValue(Context(0)))
        {
            standard = ReadInt32(field, Context(0), 0, 32767);
        }
        else
        {
            privateOid = field.ReadObjectIdentifier(Context(3));
        }

        var criticality = Criticality.None;
        if (field.HasData && field.PeekTag().HasSameClassAndValue(Context(1)))
        {
            criticality = field.ReadNamedBitListValue<Criticality>(Context(1));
        }

        ReadOnlyMemory<byte> value = default;
        if (field.HasData)
        {
            var wrapper = field.ReadSequence(Context(2));
            switch (standard)
            {
                case ExtensionField.TraceInformation:
                    var trace = ReadTraceInformation(wrapper);
                    extensions?.Trace = trace;
                    break;
                case ExtensionField.InternalTraceInformation:
                    var internalTrace = ReadInternalTraceInformation(wrapper);
                    extensions?.InternalTrace = internalTrace;
                    break;
                default:
                    value = wrapper.ReadEncodedValue();
                    break;
            }

            wrapper.ThrowIfNotEmpty();
        }

        field.ThrowIfNotEmpty();
        if (standard is { } number and < 64)
        {
            if ((standardSeen & (1UL << number)) != 0)
            {
                throw new AsnContentException($"Standard extension {number} appears twice.");
            }

            standardSeen |= 1UL << number;
        }

        if (standard is not (>= 1 and <= HighestStandardExtension) && (criticality & Criticality.ForTransfer) != 0)
        {
            throw new AsnContentException("An unknown extension is critical for transfer.");
        }

        if (extensions is not null && standard is not (ExtensionField.TraceInformation or ExtensionField.InternalTraceInformation))
        {
            extensions.Fields.Add(new ExtensionField(standard, privateOid, criticality, value.ToArray(), form));
        }
    }
}
