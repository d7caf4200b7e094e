using Patcher.Core.Versioning;

namespace Patcher.Core.Packages;

/// <summary>Which installations a package may be applied to: the product, and the range of the MTA's file version.</summary>
/// <param name="Product">The product, e.g. <c>Exchange 5.5 MTA</c>: must match the baseline's.</param>
/// <param name="MinimumVersion">The lowest EMSMTA.EXE file version the package replaces (e.g. 5.5.1960.3, RTM).</param>
/// <param name="MaximumVersion">The highest (inclusive); a newer MTA must not be downgraded.</param>
public sealed record PackageApplicability(string Product, FileVersion MinimumVersion, FileVersion MaximumVersion)
{
    /// <summary>Whether an MTA at <paramref name="version"/> may receive the package.</summary>
    public bool Includes(FileVersion version) => version >= MinimumVersion && version <= MaximumVersion;
}
