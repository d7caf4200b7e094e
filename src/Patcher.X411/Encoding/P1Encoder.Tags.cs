using System.Formats.Asn1;

namespace Patcher.X411.Encoding;

public static partial class P1Encoder
{
    private static readonly Asn1Tag OrNameTag = Application(0, constructed: true);
    private static readonly Asn1Tag TraceTag = Application(9, constructed: true);

    private static Asn1Tag Application(int number, bool constructed = false) => new(TagClass.Application, number, constructed);

    private static Asn1Tag Context(int number) => new(TagClass.ContextSpecific, number, isConstructed: true);

    private static Asn1Tag ContextPrimitive(int number) => new(TagClass.ContextSpecific, number);
}
