namespace Patcher.X411.Ndr;

/// <summary>Whether a decoded APDU can be answered with a non-delivery report, and if not, why not.</summary>
public enum NdrEligibility
{
    /// <summary>The APDU is valid: nothing was rejected, so no NDR is owed.</summary>
    NotOwed = 0,

    /// <summary>A rejected message whose framing held: the NDR can be addressed to its originator.</summary>
    Possible = 1,

    /// <summary>A rejected report or probe: X.411 does not answer those with NDRs (no report loops).</summary>
    NotAMessage = 2,

    /// <summary>A rejected APDU whose structure is too broken to read a message's originator and recipients.</summary>
    TooBroken = 3,
}
