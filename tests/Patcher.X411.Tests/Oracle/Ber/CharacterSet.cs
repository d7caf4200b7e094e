namespace Patcher.X411.Tests.Oracle.Ber;

/// <summary>The character repertoires X.411 strings use (X.680 41).</summary>
internal enum CharacterSet
{
    /// <summary>Any octet (OCTET STRING).</summary>
    Octets,

    /// <summary>PrintableString: A–Z a–z 0–9 space ' ( ) + , - . / : = ?.</summary>
    Printable,

    /// <summary>NumericString: 0–9 and space.</summary>
    Numeric,

    /// <summary>IA5String: 0x00–0x7F.</summary>
    Ia5,

    /// <summary>VisibleString (UTCTime's repertoire): 0x20–0x7E.</summary>
    Visible,
}
