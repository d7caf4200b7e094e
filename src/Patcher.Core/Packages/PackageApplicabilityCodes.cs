namespace Patcher.Core.Packages;

/// <summary>The stable codes of <see cref="PackageApplicabilityCheck"/>'s refusals (documented in <c>packaging/README.md</c>).</summary>
public static class PackageApplicabilityCodes
{
    /// <summary>The installation is another product, or EMSMTA.EXE is not of the version the fix applies to (e.g. not 5.5).</summary>
    public const string WrongProduct = "PKG040";

    /// <summary>EMSMTA.EXE is older than the oldest build the package replaces.</summary>
    public const string VersionTooOld = "PKG041";

    /// <summary>EMSMTA.EXE is newer than the newest build the package replaces: applying it would downgrade the MTA.</summary>
    public const string VersionTooNew = "PKG042";
}
