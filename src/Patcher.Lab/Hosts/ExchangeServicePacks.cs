using Patcher.Core.Versioning;

namespace Patcher.Lab.Hosts;

/// <summary>The Exchange 5.5 service-pack builds (DOMAIN.md; KB Q158530, Q163294, Q243604, Q251137, Q283238).</summary>
public static class ExchangeServicePacks
{
    /// <summary>RTM, SP1, SP2, SP3 and SP4, oldest first.</summary>
    public static IReadOnlyList<int> Builds { get; } = [1960, 2232, 2448, 2650, 2653];

    /// <summary>
    /// The registry's <c>NewestBuild</c> for an MTA at file version <paramref name="version"/>: the build of the service pack
    /// the version belongs to, e.g. 2650 for the post-SP3 hotfix 5.5.2651.69 (KB Q278518: hotfixes do not update it).
    /// A version outside Exchange 5.5 (or older than its RTM) keeps its own build.
    /// </summary>
    public static int NewestBuildFor(FileVersion version)
    {
        if (version.Major != 5 || version.Minor != 5 || version.Build < Builds[0])
        {
            return version.Build;
        }

        return Builds.Last(build => build <= version.Build);
    }
}
