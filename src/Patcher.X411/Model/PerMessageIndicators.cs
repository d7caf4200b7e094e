namespace Patcher.X411.Model;

/// <summary>X.411 <c>PerMessageIndicators ::= [APPLICATION 8] BIT STRING</c>; flag value <c>1 &lt;&lt; n</c> is named bit n.</summary>
[Flags]
public enum PerMessageIndicators
{
    /// <summary>No bit set (the DEFAULT).</summary>
    None = 0,

    /// <summary>disclosure-of-other-recipients(0).</summary>
    DisclosureOfOtherRecipients = 1 << 0,

    /// <summary>implicit-conversion-prohibited(1).</summary>
    ImplicitConversionProhibited = 1 << 1,

    /// <summary>alternate-recipient-allowed(2).</summary>
    AlternateRecipientAllowed = 1 << 2,

    /// <summary>content-return-request(3).</summary>
    ContentReturnRequest = 1 << 3,

    /// <summary>reserved(4).</summary>
    Reserved4 = 1 << 4,

    /// <summary>bit-5(5).</summary>
    Bit5 = 1 << 5,

    /// <summary>bit-6(6).</summary>
    Bit6 = 1 << 6,

    /// <summary>service-message(7).</summary>
    ServiceMessage = 1 << 7,
}
