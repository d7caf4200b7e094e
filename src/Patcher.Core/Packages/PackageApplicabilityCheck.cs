using Patcher.Core.Versioning;

namespace Patcher.Core.Packages;

/// <summary>
/// Whether a verified package may be applied to one MTA installation: a pure function of the manifest and what discovery
/// read from the installation's own EMSMTA.EXE (never a registry value: KB Q278518). Apply calls it before touching anything.
/// </summary>
public static class PackageApplicabilityCheck
{
    /// <summary>Decides whether <paramref name="manifest"/> applies to an MTA whose EMSMTA.EXE is at <paramref name="emsmtaVersion"/>.</summary>
    /// <param name="manifest">The verified package's manifest.</param>
    /// <param name="emsmtaVersion">The file version of the installation's EMSMTA.EXE (its VS_VERSIONINFO).</param>
    /// <param name="product">The installation's product when known (e.g. <c>Exchange 5.5 MTA</c>); null: decided by the version alone.</param>
    /// <returns>Applicable, or a refusal with a <see cref="PackageApplicabilityCodes"/> code and a sentence saying what to do.</returns>
    public static PackageApplicabilityResult Check(HotfixManifest manifest, FileVersion emsmtaVersion, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var rules = manifest.Applicability;
        var kb = manifest.Baseline.KbArticle;
        if (product is not null && !product.Trim().Equals(rules.Product, StringComparison.OrdinalIgnoreCase))
        {
            return PackageApplicabilityResult.Refused(
                PackageApplicabilityCodes.WrongProduct,
                $"The package {manifest.PackageId} {manifest.PackageVersion} ({kb}) is for {rules.Product}, not {product.Trim()}: do not apply it to this installation.");
        }

        if (!manifest.Baseline.AppliesToVersion(emsmtaVersion))
        {
            return PackageApplicabilityResult.Refused(
                PackageApplicabilityCodes.WrongProduct,
                $"EMSMTA.EXE is at {emsmtaVersion}, not a {manifest.Baseline.AppliesTo} build: the package ({kb}, {rules.Product}) does not apply to this installation.");
        }

        if (emsmtaVersion < rules.MinimumVersion)
        {
            return PackageApplicabilityResult.Refused(
                PackageApplicabilityCodes.VersionTooOld,
                $"EMSMTA.EXE is at {emsmtaVersion}, below {rules.MinimumVersion}, the oldest build the package ({kb}) replaces: bring the server to a supported build first.");
        }

        if (emsmtaVersion > rules.MaximumVersion)
        {
            return PackageApplicabilityResult.Refused(
                PackageApplicabilityCodes.VersionTooNew,
                $"EMSMTA.EXE is at {emsmtaVersion}, above {rules.MaximumVersion}, the newest build the package ({kb}) replaces: it already carries the fix or a later one and must not be downgraded; nothing to do.");
        }

        return PackageApplicabilityResult.Applicable(
            $"EMSMTA.EXE at {emsmtaVersion} is within {rules.MinimumVersion} .. {rules.MaximumVersion}: the package ({kb}) applies.");
    }
}
