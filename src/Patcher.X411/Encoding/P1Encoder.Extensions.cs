using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Encoding;

public static partial class P1Encoder
{
    /// <summary>The extensions SET, followed by the trace extensions (37, 38) built from the decoded trace; DEFAULT {} is left out.</summary>
    private static void WriteExtensions(
        AsnWriter writer,
        Asn1Tag tag,
        EquatableArray<ExtensionField> extensions,
        EquatableArray<TraceInformationElement> trace,
        EquatableArray<InternalTraceInformationElement> internalTrace)
    {
        if (extensions.IsEmpty && trace.IsEmpty && internalTrace.IsEmpty)
        {
            return;
        }

        using (writer.PushSetOf(tag))
        {
            foreach (var extension in extensions)
            {
                if (extension.StandardExtension is ExtensionField.TraceInformation or ExtensionField.InternalTraceInformation)
                {
                    throw new ArgumentException(
                        $"Standard extension {extension.StandardExtension} is the trace: set the envelope's trace lists instead of adding it as an opaque extension.",
                        nameof(extensions));
                }

                WriteExtension(writer, extension);
            }

            if (!trace.IsEmpty)
            {
                using (writer.PushSequence())
                {
                    writer.WriteInteger(ExtensionField.TraceInformation, ContextPrimitive(0));
                    using (writer.PushSequence(Context(2)))
                    {
                        WriteTraceInformation(writer, trace, TraceTag);
                    }
                }
            }

            if (!internalTrace.IsEmpty)
            {
                using (writer.PushSequence())
                {
                    writer.WriteInteger(ExtensionField.InternalTraceInformation, ContextPrimitive(0));
                    using (writer.PushSequence(Context(2)))
                    {
                        WriteInternalTraceInformation(writer, internalTrace);
                    }
                }
            }
        }
    }

    private static void WriteExtension(AsnWriter writer, ExtensionField extension)
    {
        using (writer.PushSequence())
        {
            if (extension.Form == ExtensionForm.Explicit1988)
            {
                using (writer.PushSequence(Context(0)))
                {
                    WriteExtensionType(writer, extension, standardTag: null, privateTag: null);
                }
            }
            else
            {
                WriteExtensionType(writer, extension, ContextPrimitive(0), ContextPrimitive(3));
            }

            WriteBits(writer, extension.Criticality, ContextPrimitive(1));
            if (!extension.Value.IsEmpty)
            {
                using (writer.PushSequence(Context(2)))
                {
                    writer.WriteEncodedValue(extension.Value.AsSpan());
                }
            }
        }
    }

    private static void WriteExtensionType(AsnWriter writer, ExtensionField extension, Asn1Tag? standardTag, Asn1Tag? privateTag)
    {
        if (extension.StandardExtension is { } number)
        {
            writer.WriteInteger(number, standardTag);
        }
        else
        {
            writer.WriteObjectIdentifier(extension.PrivateExtension
                ?? throw new ArgumentException("An extension needs a standard number or a private object identifier.", nameof(extension)), privateTag);
        }
    }
}
