using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Oracle;

/// <summary>The outcome of <see cref="P1Decoder.Validate"/>: valid, or the rejection that says why not.</summary>
/// <param name="Kind">The APDU's kind, when its first octet names one.</param>
/// <param name="Rejection">Null when the APDU is valid.</param>
internal readonly record struct P1Verdict(ApduKind Kind, P1Rejection? Rejection)
{
    /// <summary>Whether the APDU is valid.</summary>
    public bool IsValid => Rejection is null;
}
