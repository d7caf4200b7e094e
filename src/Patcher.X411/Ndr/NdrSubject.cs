using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.X411.Ndr;

/// <summary>What a decode result owes: the one rule the MTA (<c>TransferEngine</c>), <c>decode</c> and <c>ndr</c> apply.</summary>
public static class NdrSubject
{
    /// <summary>Whether <paramref name="result"/> can be answered with an NDR.</summary>
    /// <param name="result">The decode result of the APDU.</param>
    /// <param name="subject">When <see cref="NdrEligibility.Possible"/>, the salvaged message to address the NDR from; else null.</param>
    public static NdrEligibility Classify(P1DecodeResult result, out MessageApdu? subject)
    {
        subject = null;
        if (result.IsValid)
        {
            return NdrEligibility.NotOwed;
        }

        // X.411 answers neither reports nor probes with a report: an NDR for an NDR could loop between MTAs.
        if (result.Kind is ApduKind.Report or ApduKind.Probe)
        {
            return NdrEligibility.NotAMessage;
        }

        // Salvaged is only there when the framing held (e.g. a zero-length arrival time): enough to address the NDR.
        subject = result.Salvaged as MessageApdu;
        return subject is null ? NdrEligibility.TooBroken : NdrEligibility.Possible;
    }

    /// <summary>A sentence for the operator about <paramref name="eligibility"/>.</summary>
    public static string Describe(NdrEligibility eligibility) => eligibility switch
    {
        NdrEligibility.NotOwed => "the APDU is valid: no NDR is owed",
        NdrEligibility.Possible => "an NDR can be addressed to the originator",
        NdrEligibility.NotAMessage => "reports and probes are not answered with NDRs",
        _ => "the message's structure is too broken to address an NDR (its originator and recipients cannot be read); quarantine it",
    };
}
