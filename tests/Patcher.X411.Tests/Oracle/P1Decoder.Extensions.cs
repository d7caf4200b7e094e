using System.Runtime.CompilerServices;
using System.Diagnostics;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Oracle;

internal static partial class P1Decoder
{
    /// <summary>The highest standard extension X.411 (1999) defines; we relay all of them.</summary>
    private const int HighestStandardExtension = 46;

    /// <summary>
    /// <c>extensions [n] SET OF ExtensionField DEFAULT {}</c>. Each field is kept as its encoded value, except trace (37)
    /// and internal trace (38), whose arrival times are validated like any other. A field we do not know that is
    /// critical for transfer rejects the APDU (X.411 12.2.1.1.1.x: such a message must not be relayed).
    /// </summary>
    private static bool ReadExtensions(ref P1Reader r, in Frame parent, byte identifier, out EnvelopeExtensions? value)
    {
        var list = default(Extensions);
        var read = ReadSequenceOf(ref r, parent, identifier, Element.Extensions, ref list);
        value = read && r.Materialize ? list.ToValue() : null;
        return read;
    }

    /// <summary>
    /// <c>ExtensionField ::= SEQUENCE { type, criticality [1] DEFAULT {}, value [2] DEFAULT NULL }</c>, with the type in
    /// either the 1999 form (<c>[0] INTEGER</c> / <c>[3] OID</c>) or the 1988 form (<c>[0] EXPLICIT CHOICE</c>).
    /// </summary>
    private static bool ReadExtensionField(ref P1Reader r, in Frame parent, EnvelopeExtensions? extensions, ref ulong standardSeen)
    {
        var start = r.Position;
        if (!r.EnterItem(parent, Tags.Sequence, out var frame) || !r.HasMore(frame))
        {
            return r.Missing(frame, Element.Type);
        }

        if (!ReadExtensionType(ref r, frame, out var standard, out var privateOid, out var form))
        {
            return false;
        }

        var criticality = 0;
        if (r.HasMore(frame) && r.PeekIdentifier() == 0x81
            && !r.ReadBits(frame, Tags.Context(1), Element.Criticality, 16, out criticality))
        {
            return false;
        }

        Range valueEncoding = default;
        var valueStart = 0;
        if (r.HasMore(frame))
        {
            if (!r.Enter(frame, Tags.ContextConstructed(2), Element.Value, out var valueFrame))
            {
                return false;
            }

            valueStart = r.Position;
            var ok = standard switch
            {
                ExtensionField.TraceInformation => ReadTraceInformation(ref r, valueFrame, Element.TraceInformation, out var trace)
                    && Keep(extensions, trace, static (e, t) => e.Trace = t),
                ExtensionField.InternalTraceInformation => ReadInternalTraceInformation(ref r, valueFrame, out var internalTrace)
                    && Keep(extensions, internalTrace, static (e, t) => e.InternalTrace = t),
                _ => r.Skip(valueFrame, Element.Value, out _),
            };
            valueEncoding = new Range(valueStart, r.Position);
            if (!ok || !r.Exit(valueFrame))
            {
                return false;
            }
        }

        if (!r.ExitItem(frame))
        {
            return false;
        }

        if (standard is { } number && number < 64)
        {
            if ((standardSeen & (1UL << number)) != 0)
            {
                return r.FailValue(P1Fault.DuplicateElement, start, $"standard extension {number} appears twice (X.411 allows one of each)");
            }

            standardSeen |= 1UL << number;
        }

        var known = standard is >= 1 and <= HighestStandardExtension;
        if (!known && (criticality & (int)Criticality.ForTransfer) != 0)
        {
            var name = standard is { } n ? $"standard extension {n}" : $"private extension {r.GetObjectIdentifier(privateOid)}";
            return r.FailValue(P1Fault.UnsupportedCriticalExtension, start,
                $"{name} is marked critical for transfer and this MTA does not implement it");
        }

        if (extensions is not null && standard is not (ExtensionField.TraceInformation or ExtensionField.InternalTraceInformation))
        {
            extensions.Add(new ExtensionField(
                standard,
                standard is null ? r.GetObjectIdentifier(privateOid) : null,
                (Criticality)criticality,
                Owned(r.Data[valueEncoding].ToArray()),
                form));
        }

        return true;
    }

    /// <summary>The extension's type, in the 1999 or the 1988 form.</summary>
    private static bool ReadExtensionType(ref P1Reader r, in Frame frame, out int? standard, out Range privateOid, out ExtensionForm form)
    {
        standard = null;
        privateOid = default;
        form = ExtensionForm.Implicit1999;
        long number;
        switch (r.PeekIdentifier())
        {
            case 0x80:
                if (!r.ReadInteger(frame, Tags.Context(0), Element.Type, 0, 32767, out number))
                {
                    return false;
                }

                standard = (int)number;
                return true;
            case 0x83:
                return r.ReadObjectIdentifier(frame, Tags.Context(3), Element.Type, out privateOid);
            case 0xA0:
                form = ExtensionForm.Explicit1988;
                if (!r.Enter(frame, 0xA0, Element.Type, out var choice) || !r.HasMore(choice))
                {
                    return r.Missing(choice, Element.Type);
                }

                if (r.PeekIdentifier() == Tags.ObjectIdentifier)
                {
                    return r.ReadObjectIdentifier(choice, Tags.ObjectIdentifier, Element.PrivateExtension, out privateOid) && r.Exit(choice);
                }

                if (!r.ReadInteger(choice, Tags.Integer, Element.StandardExtension, 0, 32767, out number))
                {
                    return false;
                }

                standard = (int)number;
                return r.Exit(choice);
            default:
                r.Push(Element.Type, r.Position);
                return r.Unexpected("ExtensionField");
        }
    }

    private static bool Keep<T>(EnvelopeExtensions? extensions, T? value, Action<EnvelopeExtensions, T> store)
        where T : class
    {
        if (extensions is not null && value is not null)
        {
            store(extensions, value);
        }

        return true;
    }

    /// <summary><c>extensions SET OF ExtensionField DEFAULT {}</c>: no upper bound, may be empty; a standard extension at most once.</summary>
    private struct Extensions : ISequenceOf
    {
        private EnvelopeExtensions? _extensions;
        private ulong _standardSeen;

        public static int UpperBound => int.MaxValue;

        public static Element? RequiredElement => null;

        public static bool TooMany(ref P1Reader r) => throw new UnreachableException();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadMember(ref P1Reader r, in Frame list, int index)
        {
            if (r.Materialize)
            {
                _extensions ??= new EnvelopeExtensions();
            }

            return ReadExtensionField(ref r, list, _extensions, ref _standardSeen);
        }

        public EnvelopeExtensions ToValue() => _extensions ?? new EnvelopeExtensions();
    }
}
