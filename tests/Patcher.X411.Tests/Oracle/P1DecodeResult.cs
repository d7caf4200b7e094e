using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Oracle;

/// <summary>The outcome of <see cref="P1Decoder.Decode"/>.</summary>
internal sealed class P1DecodeResult
{
    internal P1DecodeResult(ApduKind kind, MtsApdu? apdu, P1Rejection? rejection)
    {
        Kind = kind;
        Rejection = rejection;
        if (rejection is null)
        {
            Apdu = apdu;
        }
        else
        {
            Salvaged = apdu;
        }
    }

    /// <summary>The APDU's kind, when its first octet names one.</summary>
    public ApduKind Kind { get; }

    /// <summary>The decoded APDU; null when rejected.</summary>
    public MtsApdu? Apdu { get; }

    /// <summary>Why the APDU was rejected; null when valid.</summary>
    public P1Rejection? Rejection { get; }

    /// <summary>
    /// For a rejected APDU whose framing was intact (only values were bad, as with a zero-length arrival time): what
    /// could be read, with bad values defaulted. Enough to address a non-delivery report; never to relay.
    /// </summary>
    public MtsApdu? Salvaged { get; }

    /// <summary>Whether the APDU is valid.</summary>
    public bool IsValid => Rejection is null;
}
