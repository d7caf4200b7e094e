namespace Patcher.Agent.Ndr;

/// <summary>Whether <c>patcher ndr</c> can answer a decoded APDU with a non-delivery report, and if not, why not.</summary>
internal enum NdrEligibility
{
    /// <summary>The APDU is valid: nothing was rejected, so no NDR is owed.</summary>
    NotOwed = 0,

    /// <summary>A rejected message whose framing held: the NDR can be addressed to its originator.</summary>
    Possible = 1,

    /// <summary>A rejected report or probe: X.411 does not answer those with NDRs (no report loops).</summary>
    NotAMessage = 2,

    /// <summary>A rejected message whose structure is too broken to read its originator and recipients.</summary>
    TooBroken = 3,
}
