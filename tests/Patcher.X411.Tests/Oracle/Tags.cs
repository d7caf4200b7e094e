using System.Globalization;

namespace Patcher.X411.Tests.Oracle;

/// <summary>The identifier octets P1 uses (X411.md), and how to name one in a message.</summary>
internal static class Tags
{
    public const byte Integer = 0x02;
    public const byte BitString = 0x03;
    public const byte OctetString = 0x04;
    public const byte ConstructedOctetString = 0x24;
    public const byte Null = 0x05;
    public const byte ObjectIdentifier = 0x06;
    public const byte Enumerated = 0x0A;
    public const byte NumericString = 0x12;
    public const byte PrintableString = 0x13;
    public const byte Ia5String = 0x16;
    public const byte Sequence = 0x30;
    public const byte Set = 0x31;

    public const byte OrName = 0x60;                  // [APPLICATION 0]
    public const byte CountryName = 0x61;             // [APPLICATION 1]
    public const byte AdministrationDomainName = 0x62; // [APPLICATION 2]
    public const byte GlobalDomainIdentifier = 0x63;  // [APPLICATION 3]
    public const byte MtsIdentifier = 0x64;           // [APPLICATION 4]
    public const byte EncodedInformationTypes = 0x65; // [APPLICATION 5]
    public const byte BuiltInContentType = 0x46;      // [APPLICATION 6]
    public const byte Priority = 0x47;                // [APPLICATION 7]
    public const byte PerMessageIndicators = 0x48;    // [APPLICATION 8]
    public const byte TraceInformation = 0x69;        // [APPLICATION 9]
    public const byte ContentIdentifier = 0x4A;       // [APPLICATION 10]

    /// <summary>Context-specific primitive <c>[n]</c>.</summary>
    public static byte Context(int number) => (byte)(0x80 | number);

    /// <summary>Context-specific constructed <c>[n]</c>.</summary>
    public static byte ContextConstructed(int number) => (byte)(0xA0 | number);

    /// <summary>E.g. <c>[APPLICATION 9] (69)</c> or <c>SET (31)</c>.</summary>
    public static string Describe(byte identifier)
    {
        var hex = identifier.ToString("X2", CultureInfo.InvariantCulture);
        var number = identifier & 0x1F;
        var tag = (identifier & 0xC0) switch
        {
            0x00 => UniversalName(number),
            0x40 => $"[APPLICATION {number}]",
            0x80 => $"[{number}]",
            _ => $"[PRIVATE {number}]",
        };
        if (number == 0x1F)
        {
            tag = "a high-numbered tag";
        }

        return $"{tag} ({hex})";
    }

    private static string UniversalName(int number) => number switch
    {
        0 => "end-of-contents",
        1 => "BOOLEAN",
        2 => "INTEGER",
        3 => "BIT STRING",
        4 => "OCTET STRING",
        5 => "NULL",
        6 => "OBJECT IDENTIFIER",
        10 => "ENUMERATED",
        16 => "SEQUENCE",
        17 => "SET",
        18 => "NumericString",
        19 => "PrintableString",
        22 => "IA5String",
        23 => "UTCTime",
        _ => $"[UNIVERSAL {number}]",
    };
}
