using Patcher.Core.Versioning;

namespace Patcher.Lab.Hosts;

/// <summary>The Exchange 5.5 service packs' MTA versions (DOMAIN.md; KB Q158530, Q163294, Q243604, Q251137, Q283238).</summary>
public static class ExchangeServicePacks
{
    /// <summary>RTM, SP1, SP2, SP3 and SP4, oldest first.</summary>
    public static IReadOnlyList<FileVersion> Versions { get; } =
    [
        new(5, 5, 1960, 3),
        new(5, 5, 2232, 18),
        new(5, 5, 2448, 1),
        new(5, 5, 2650, 24),
        new(5, 5, 2653, 23),
    ];

    /// <summary>
    /// The registry's <c>NewestBuild</c> for an MTA at file version <paramref name="version"/>: the build of the service pack
    /// the version belongs to (the newest at or below it), e.g. 2650 for the post-SP3 hotfix 5.5.2651.69 and for the
    /// post-SP3 rollup 5.5.2653.15 (KB Q278518: hotfixes do not update it). A version outside Exchange 5.5 (or older than
    /// its RTM) keeps its own build.
    /// </summary>
    public static int NewestBuildFor(FileVersion version)
    {
        if (version.Major != 5 || version.Minor != 5 || version < Versions[0])
        {
            return version.Build;
        }

        return Versions.Last(servicePack => servicePack <= version).Build;
    }
}
