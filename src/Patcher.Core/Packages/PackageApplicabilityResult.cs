namespace Patcher.Core.Packages;

/// <summary>What <see cref="PackageApplicabilityCheck"/> decided for one installation.</summary>
/// <param name="IsApplicable">Whether the package may be applied.</param>
/// <param name="Code">The refusal's stable code (<see cref="PackageApplicabilityCodes"/>); null when applicable.</param>
/// <param name="Reason">A sentence for the operator: why, and what to do.</param>
public sealed record PackageApplicabilityResult(bool IsApplicable, string? Code, string Reason)
{
    /// <summary>The package applies.</summary>
    public static PackageApplicabilityResult Applicable(string reason) => new(true, null, reason);

    /// <summary>The package does not apply, with <paramref name="code"/>.</summary>
    public static PackageApplicabilityResult Refused(string code, string reason) => new(false, code, reason);
}
