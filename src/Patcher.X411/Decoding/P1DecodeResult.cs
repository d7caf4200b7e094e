using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Decoding;

/// <summary>The outcome of <see cref="P1Decoder.Decode"/>.</summary>
/// <remarks>A value, as <see cref="P1Verdict"/> is: a decode allocates its APDU, not a result around it (issue 13).</remarks>
public readonly struct P1DecodeResult
{
    // The APDU when valid, what was salvaged when rejected: one field, as the two never both hold a value.
    private readonly MtsApdu? _apdu;

    internal P1DecodeResult(ApduKind kind, MtsApdu? apdu, P1Rejection? rejection)
    {
        Kind = kind;
        Rejection = rejection;
        _apdu = apdu;
    }

    /// <summary>The APDU's kind, when its first octet names one.</summary>
    public ApduKind Kind { get; }

    /// <summary>The decoded APDU; null when rejected.</summary>
    public MtsApdu? Apdu => Rejection is null ? _apdu : null;

    /// <summary>Why the APDU was rejected; null when valid.</summary>
    public P1Rejection? Rejection { get; }

    /// <summary>
    /// For a rejected APDU whose framing was intact (only values were bad, as with a zero-length arrival time): what
    /// could be read, with bad values defaulted. Enough to address a non-delivery report; never to relay.
    /// </summary>
    public MtsApdu? Salvaged => Rejection is null ? null : _apdu;

    /// <summary>Whether the APDU is valid.</summary>
    public bool IsValid => Rejection is null;
}
