namespace Patcher.X411.Model;

/// <summary>X.411 <c>Criticality ::= BIT STRING { for-submission(0), for-transfer(1), for-delivery(2) }</c>.</summary>
[Flags]
public enum Criticality
{
    /// <summary>Not critical (the DEFAULT).</summary>
    None = 0,

    /// <summary>for-submission(0).</summary>
    ForSubmission = 1 << 0,

    /// <summary>for-transfer(1): an MTA that does not understand the extension must not relay the message.</summary>
    ForTransfer = 1 << 1,

    /// <summary>for-delivery(2).</summary>
    ForDelivery = 1 << 2,
}
