using System.Formats.Asn1;

namespace Patcher.X411.Encoding;

public static partial class P1Encoder
{
    /// <summary>
    /// UTCTime's pivot, as the decoder reads it (50..99 = 19xx, 00..49 = 20xx): a time outside 1950..2049 throws rather
    /// than being written as a two-digit year that reads back a century off.
    /// </summary>
    private const int TwoDigitYearMax = 2049;

    private static readonly Asn1Tag OrNameTag = Application(0, constructed: true);
    private static readonly Asn1Tag TraceTag = Application(9, constructed: true);

    private static Asn1Tag Application(int number, bool constructed = false) => new(TagClass.Application, number, constructed);

    private static Asn1Tag Context(int number) => new(TagClass.ContextSpecific, number, isConstructed: true);

    private static Asn1Tag ContextPrimitive(int number) => new(TagClass.ContextSpecific, number);
}
