namespace Patcher.X411.Mta;

/// <summary>
/// Adds this MTA's internal trace element to a valid APDU by inserting octets into the original encoding, so that
/// everything the decoder does not keep (per-domain bilateral information, extension attributes of O/R names, the
/// sender's choice of lengths) is relayed unchanged. Only the lengths of the enclosing elements are rewritten; an
/// enclosing element with an indefinite length keeps it.
/// </summary>
internal static class InternalTraceSplicer
{
    private const byte MessageTag = 0xA0;      // message [0]
    private const byte ReportTag = 0xA1;       // report [1]
    private const byte EnvelopeExtensions = 0xA3; // extensions [3] of the message and probe envelopes
    private const byte ReportExtensions = 0xA1;   // extensions [1] of the report envelope
    private const byte ExtensionValue = 0xA2;     // ExtensionField value [2]

    /// <summary>
    /// <paramref name="apdu"/> with <paramref name="element"/> appended to its internal-trace-information (standard
    /// extension 38), which is created when absent.
    /// </summary>
    public static byte[] Append(byte[] apdu, byte[] element)
    {
        ReadOnlySpan<byte> data = apdu;
        var root = BerTree.Header(data, 0);
        var chain = new List<Decoding.BerHeader> { root };
        var envelope = root;
        if (root.Identifier is MessageTag or ReportTag)
        {
            envelope = BerTree.Children(data, root)[0]; // Message/Report ::= SEQUENCE { envelope, content }
            chain.Add(envelope);
        }

        var extensionsTag = root.Identifier == ReportTag ? ReportExtensions : EnvelopeExtensions;
        var extensions = BerTree.Children(data, envelope).Where(child => child.Identifier == extensionsTag).ToArray();
        if (extensions.Length == 0)
        {
            var wrapped = InternalTraceEncoder.Extensions(extensionsTag, InternalTraceEncoder.ExtensionField(element));
            return Splice(data, chain, BerTree.ContentEnd(data, envelope), wrapped);
        }

        chain.Add(extensions[0]);
        foreach (var field in BerTree.Children(data, extensions[0]))
        {
            var parts = BerTree.Children(data, field);
            if (!IsInternalTrace(data, parts[0]))
            {
                continue;
            }

            // ExtensionField value [2] holds InternalTraceInformation ::= SEQUENCE OF InternalTraceInformationElement.
            var value = parts.First(part => part.Identifier == ExtensionValue);
            var list = BerTree.Children(data, value)[0];
            chain.AddRange([field, value, list]);
            return Splice(data, chain, BerTree.ContentEnd(data, list), element);
        }

        return Splice(data, chain, BerTree.ContentEnd(data, extensions[0]), InternalTraceEncoder.ExtensionField(element));
    }

    /// <summary>Whether an ExtensionField's type is standard-extension 38, in the 1999 (<c>80</c>) or 1988 (<c>A0 02</c>) form.</summary>
    private static bool IsInternalTrace(ReadOnlySpan<byte> data, Decoding.BerHeader type) => type.Identifier switch
    {
        0x80 => BerTree.SmallInteger(data, type) == Model.ExtensionField.InternalTraceInformation,
        0xA0 => BerTree.Children(data, type) is [{ Identifier: 0x02 } integer]
            && BerTree.SmallInteger(data, integer) == Model.ExtensionField.InternalTraceInformation,
        _ => false,
    };

    /// <summary>
    /// Inserts <paramref name="insert"/> at <paramref name="insertAt"/>, inside the innermost element of
    /// <paramref name="chain"/>, rebuilding that element and each one enclosing it from the inside out.
    /// </summary>
    private static byte[] Splice(ReadOnlySpan<byte> data, List<Decoding.BerHeader> chain, int insertAt, ReadOnlySpan<byte> insert)
    {
        byte[] rebuilt = [];
        for (var level = chain.Count - 1; level >= 0; level--)
        {
            var header = chain[level];
            var contentEnd = BerTree.ContentEnd(data, header);
            byte[] content = level == chain.Count - 1
                ? [.. data[header.ContentStart..insertAt], .. insert, .. data[insertAt..contentEnd]]
                : [.. data[header.ContentStart..chain[level + 1].Start], .. rebuilt, .. data[BerTree.End(data, chain[level + 1])..contentEnd]];
            rebuilt = header.IsIndefinite
                ? [.. BerTree.Identifier(data, header), 0x80, .. content, 0x00, 0x00]
                : [.. BerTree.Identifier(data, header), .. BerTree.Length(content.Length), .. content];
        }

        return rebuilt;
    }
}
