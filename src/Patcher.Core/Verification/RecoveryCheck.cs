using Patcher.Core.Reporting;

namespace Patcher.Core.Verification;

/// <summary>One named check of a recovery verification, with what was observed.</summary>
/// <param name="Name">Which (<see cref="VerificationCheckNames"/>).</param>
/// <param name="State">Held, failed, or could not be observed.</param>
/// <param name="Evidence">What was observed, for a human.</param>
public sealed record RecoveryCheck(string Name, RecoveryCheckState State, string Evidence)
{
    /// <summary>The report's form: held or not, an unobservable check saying so in its evidence.</summary>
    public VerificationCheck ToReport() =>
        new(Name, State == RecoveryCheckState.Held, State == RecoveryCheckState.Unknown ? "cannot tell: " + Evidence : Evidence);
}
