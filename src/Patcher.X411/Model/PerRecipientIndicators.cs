namespace Patcher.X411.Model;

/// <summary>X.411 <c>PerRecipientIndicators ::= BIT STRING</c>; flag value <c>1 &lt;&lt; n</c> is named bit n.</summary>
[Flags]
public enum PerRecipientIndicators
{
    /// <summary>No bit set.</summary>
    None = 0,

    /// <summary>responsibility(0): this MTA is responsible for the recipient.</summary>
    Responsibility = 1 << 0,

    /// <summary>originating-MTA-report(1).</summary>
    OriginatingMtaReport = 1 << 1,

    /// <summary>originating-MTA-non-delivery-report(2).</summary>
    OriginatingMtaNonDeliveryReport = 1 << 2,

    /// <summary>originator-report(3).</summary>
    OriginatorReport = 1 << 3,

    /// <summary>originator-non-delivery-report(4).</summary>
    OriginatorNonDeliveryReport = 1 << 4,

    /// <summary>reserved-5(5).</summary>
    Reserved5 = 1 << 5,

    /// <summary>reserved-6(6).</summary>
    Reserved6 = 1 << 6,

    /// <summary>reserved-7(7).</summary>
    Reserved7 = 1 << 7,
}
